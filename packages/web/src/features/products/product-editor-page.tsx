import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Result,
  Select,
  Skeleton,
  Space,
  TreeSelect,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api, unwrap } from '../../api/client.ts';
import type { ProductBody, ProductDetail } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { localizeServerMessage } from '../../i18n/index.ts';
import { DescriptionEditor } from './description-editor.tsx';
import { fieldErrorsToForm, hasFieldPath } from './form-errors.ts';
import { ProductImages } from './product-images.tsx';
import { presetTags } from './product-tags.ts';
import { type BreaksSku, QuantityBreaksModal } from './quantity-breaks-modal.tsx';
import {
  formRowToSkuBody,
  generateSkuRows,
  renameSpec,
  type SkuFormRow,
  type SpecDef,
  skuToFormRow,
  specDefsOf,
  specLabel,
  usableSpecs,
} from './sku-matrix.ts';
import { SkuTable } from './sku-table.tsx';
import { SpecEditor } from './spec-editor.tsx';
import { categoryTreeData, useBrands, useCategoryTree, useCustomerLevels } from './use-catalog.ts';
import './catalog-console.css';

interface Values {
  name: string;
  subtitle?: string;
  categoryId?: number | null;
  brandId?: number | null;
  unit: string;
  tags: string[];
  visibleLevelIds: number[];
  status: 'on' | 'off';
  description?: string;
  skus: SkuFormRow[];
}

const unitSuggestions = ['件', '瓶', '罐', '听', '袋', '包', '盒', '箱', '桶', '支', '条', '千克'];
const newBrandValue = -1;

const emptyProduct = (): Values => ({
  name: '',
  subtitle: '',
  unit: '件',
  tags: [],
  visibleLevelIds: [],
  status: 'on',
  description: '',
  skus: generateSkuRows([], [], '件'),
});

function valuesOf(product: ProductDetail): { values: Values; specs: SpecDef[] } {
  return {
    values: {
      name: product.name,
      subtitle: product.subtitle,
      categoryId: product.categoryId ?? undefined,
      brandId: product.brandId ?? undefined,
      unit: product.unit,
      tags: product.tags,
      visibleLevelIds: product.visibleLevelIds,
      status: product.status,
      description: product.description,
      skus: product.skus.map(skuToFormRow),
    },
    specs: specDefsOf(product.specNames, product.skus),
  };
}

/** 新建 / 编辑商品: basic info, specs → SKU rows with units, description, images and quantity breaks. */
export function ProductEditorPage() {
  const { id: idParam } = useParams();
  const productId = idParam && /^\d+$/.test(idParam) ? Number(idParam) : undefined;
  const creating = idParam === undefined || idParam === 'new';
  const { data: me } = useMe();
  const product = useQuery({
    queryKey: ['products', 'detail', productId],
    queryFn: () => unwrap(api.GET('/api/products/{id}', { params: { path: { id: productId! } } })),
    enabled: productId !== undefined && can(me, 'products:view'),
  });

  if (!can(me, creating ? 'products:create' : 'products:view')) return <Forbidden />;
  if (!creating && productId === undefined) return <NotFoundProduct />;
  if (!creating && product.error instanceof ApiError && product.error.status === 404) return <NotFoundProduct />;
  if (!creating && !product.data) return <Skeleton active style={{ padding: 24 }} />;
  return (
    <ProductForm
      key={productId ?? 'new'}
      product={creating ? undefined : product.data}
      readOnly={!can(me, creating ? 'products:create' : 'products:edit')}
    />
  );
}

function NotFoundProduct() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('products.notFound')}
      extra={
        <Link to="/admin/products">
          <Button type="primary">{t('products.back')}</Button>
        </Link>
      }
    />
  );
}

function ProductForm({ product, readOnly }: { product?: ProductDetail; readOnly: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const initial = useMemo(() => (product ? valuesOf(product) : { values: emptyProduct(), specs: [] }), [product]);
  const [specs, setSpecs] = useState<SpecDef[]>(initial.specs);
  // Rows a spec change dropped, so that undoing the change brings them back with their ids and codes.
  const dropped = useRef<SkuFormRow[]>([]);
  const [breaksSku, setBreaksSku] = useState<BreaksSku>();
  const [brandSearch, setBrandSearch] = useState('');
  const [codePrefix, setCodePrefix] = useState('');
  const [bulkPrice, setBulkPrice] = useState<number | null>(null);
  const categories = useCategoryTree();
  const brands = useBrands();
  const levels = useCustomerLevels();
  // preserve: the watch must include fields without an input (id, key, specs).
  const rows = (Form.useWatch('skus', { form, preserve: true }) ?? initial.values.skus) as SkuFormRow[];
  const specNames = usableSpecs(specs).map((spec) => spec.name);
  const savedIds = new Set(product?.skus.map((sku) => sku.id));
  const removedCount = [...savedIds].filter((id) => !rows.some((row) => row.id === id)).length;

  useEffect(() => {
    form.setFieldsValue(initial.values);
    setSpecs(initial.specs);
    dropped.current = [];
  }, [initial, form]);

  const changeSpecs = (next: SpecDef[], rename?: { from: string; to: string }) => {
    let current: SkuFormRow[] = form.getFieldValue('skus') ?? [];
    let pool = dropped.current;
    if (rename) {
      current = renameSpec(current, rename.from, rename.to);
      pool = renameSpec(pool, rename.from, rename.to);
    }
    const candidates = [...current, ...pool.filter((row) => !current.some((kept) => kept.key === row.key))];
    const generated = generateSkuRows(next, candidates, form.getFieldValue('unit') || '件');
    dropped.current = candidates.filter((row) => !generated.some((kept) => kept.key === row.key));
    setSpecs(next);
    form.setFieldValue('skus', generated);
  };

  const createBrand = useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/brands', { body: { name } })),
    onSuccess: (brand) => {
      message.success(t('products.brandCreated'));
      void client.invalidateQueries({ queryKey: ['brands'] });
      form.setFieldValue('brandId', brand.id);
      setBrandSearch('');
    },
    onError: (error) => showError(error),
  });

  const save = useMutation({
    mutationFn: async (values: Values) => {
      const names = usableSpecs(specs).map((spec) => spec.name);
      const body: ProductBody = {
        name: values.name.trim(),
        subtitle: values.subtitle?.trim() ?? '',
        categoryId: values.categoryId ?? null,
        brandId: values.brandId ?? null,
        unit: values.unit.trim(),
        description: values.description ?? '',
        specNames: names,
        tags: values.tags,
        visibleLevelIds: values.visibleLevelIds,
        status: values.status,
        skus: values.skus.map((row) => formRowToSkuBody(row, names)),
      };
      if (product) {
        return unwrap(api.PATCH('/api/products/{id}', { params: { path: { id: product.id } }, body }));
      }
      return unwrap(api.POST('/api/products', { body }));
    },
    onSuccess: (saved) => {
      message.success(product ? t('products.updated') : t('products.created'));
      void client.invalidateQueries({ queryKey: ['products'] });
      void client.invalidateQueries({ queryKey: ['categories'] });
      void client.invalidateQueries({ queryKey: ['brands'] });
      if (product) client.setQueryData(['products', 'detail', product.id], saved);
      else navigate(`/admin/products/${saved.id}`, { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fieldErrors.length > 0) {
        const values = form.getFieldsValue(true);
        const { fields, unmatched } = fieldErrorsToForm(error.fieldErrors, (path) => hasFieldPath(values, path));
        if (fields.length > 0) {
          // Server paths are dynamic; the form's typed names cannot describe them.
          (form as FormInstance).setFields(
            fields.map(({ name, errors }) => ({ name, errors: errors.map((e) => localizeServerMessage(e)) })),
          );
          form.scrollToField(fields[0].name, { block: 'center' });
          if (unmatched.length === 0) {
            message.error(t('products.fixErrors'));
            return;
          }
        }
      }
      showError(error);
    },
  });

  const fillCodes = () => {
    const prefix = codePrefix.trim();
    if (!prefix) return;
    const current: SkuFormRow[] = form.getFieldValue('skus');
    form.setFieldValue(
      'skus',
      current.map((row, index) =>
        row.code.trim() ? row : { ...row, code: `${prefix}-${String(index + 1).padStart(2, '0')}` },
      ),
    );
  };
  const applyBulkPrice = () => {
    if (bulkPrice === null) return;
    const current: SkuFormRow[] = form.getFieldValue('skus');
    form.setFieldValue(
      'skus',
      current.map((row) => ({ ...row, price: bulkPrice })),
    );
  };

  const brandOptions = [
    ...(brands.data ?? []).map((brand) => ({ value: brand.id, label: brand.name })),
    ...(brandSearch.trim() && !(brands.data ?? []).some((brand) => brand.name === brandSearch.trim())
      ? [{ value: newBrandValue, label: t('products.createBrand', { name: brandSearch.trim() }) }]
      : []),
  ];

  return (
    <div className="editor-page" data-testid="product-editor">
      <PageHeader
        title={
          <Space>
            <Link to="/admin/products" aria-label={t('products.back')} data-testid="product-back">
              <ArrowLeftOutlined />
            </Link>
            {product ? product.name : t('products.create')}
          </Space>
        }
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial.values}
        disabled={readOnly}
        // The whole store, not just the fields with inputs: rows carry id, key and specs too.
        onFinish={() => save.mutate(form.getFieldsValue(true))}
        onFinishFailed={({ errorFields }) => {
          message.error(t('products.fixErrors'));
          if (errorFields[0]) form.scrollToField(errorFields[0].name, { block: 'center' });
        }}
        scrollToFirstError={false}
        data-testid="product-form"
      >
        <Card title={t('products.sections.basic')}>
          <div className="editor-grid">
            <Form.Item
              name="name"
              label={t('products.name')}
              rules={[{ required: true, whitespace: true, max: 100 }]}
              className="span-2"
            >
              <Input maxLength={100} showCount data-testid="product-name" />
            </Form.Item>
            <Form.Item name="status" label={t('products.status')}>
              <Radio.Group
                optionType="button"
                options={(['on', 'off'] as const).map((status) => ({
                  value: status,
                  label: t(`products.statuses.${status}`),
                }))}
                data-testid="product-status"
              />
            </Form.Item>
            <Form.Item name="subtitle" label={t('products.subtitle')} rules={[{ max: 200 }]} className="span-2">
              <Input maxLength={200} data-testid="product-subtitle" />
            </Form.Item>
            <Form.Item
              name="unit"
              label={t('products.unit')}
              tooltip={t('products.unitHint')}
              rules={[{ required: true, whitespace: true, max: 8 }]}
            >
              <AutoComplete options={unitSuggestions.map((value) => ({ value }))} data-testid="product-unit" />
            </Form.Item>
            <Form.Item name="categoryId" label={t('products.category')}>
              <TreeSelect
                allowClear
                showSearch={{ treeNodeFilterProp: 'title' }}
                treeDefaultExpandAll
                treeData={categoryTreeData(categories.data ?? [])}
                data-testid="product-category"
              />
            </Form.Item>
            <Form.Item name="brandId" label={t('products.brand')}>
              <Select
                allowClear
                showSearch={{
                  optionFilterProp: 'label',
                  searchValue: brandSearch,
                  onSearch: setBrandSearch,
                  filterOption: (input, option) =>
                    option?.value === newBrandValue ||
                    String(option?.label ?? '')
                      .toLowerCase()
                      .includes(input.toLowerCase()),
                }}
                options={brandOptions}
                loading={createBrand.isPending}
                onChange={(value?: number) => {
                  if (value === newBrandValue) {
                    form.setFieldValue('brandId', undefined);
                    createBrand.mutate(brandSearch.trim());
                  }
                }}
                data-testid="product-brand"
              />
            </Form.Item>
            <Form.Item name="tags" label={t('products.tagsLabel')}>
              <Select
                mode="tags"
                placeholder={t('products.tagsPlaceholder')}
                options={presetTags.map((tag) => ({ value: tag, label: t(`products.tags.${tag}`) }))}
                maxCount={20}
                data-testid="product-tags"
              />
            </Form.Item>
            <Form.Item
              name="visibleLevelIds"
              label={t('products.visibleLevels')}
              tooltip={t('products.visibleLevelsHint')}
              className="span-3"
            >
              <Select
                mode="multiple"
                allowClear
                placeholder={t('products.allLevels')}
                options={(levels.data ?? []).map((level) => ({ value: level.id, label: level.name }))}
                data-testid="product-levels"
              />
            </Form.Item>
          </div>
        </Card>

        <Card title={t('products.sections.specs')}>
          <SpecEditor value={specs} onChange={changeSpecs} disabled={readOnly} />
          {readOnly ? null : (
            <div className="sku-tools">
              <Space.Compact>
                <Input
                  style={{ width: 200 }}
                  placeholder={t('products.codePrefix')}
                  value={codePrefix}
                  onChange={(event) => setCodePrefix(event.target.value.replace(/\s/g, ''))}
                  data-testid="sku-code-prefix"
                />
                <Button onClick={fillCodes} disabled={!codePrefix.trim()} data-testid="sku-fill-codes">
                  {t('products.fillCodes')}
                </Button>
              </Space.Compact>
              <Space.Compact>
                <InputNumber
                  style={{ width: 200 }}
                  min={0}
                  precision={2}
                  prefix="¥"
                  placeholder={t('products.bulkPrice')}
                  value={bulkPrice}
                  onChange={setBulkPrice}
                  data-testid="sku-bulk-price"
                />
                <Button onClick={applyBulkPrice} disabled={bulkPrice === null} data-testid="sku-bulk-apply">
                  {t('products.apply')}
                </Button>
              </Space.Compact>
            </div>
          )}
          {removedCount > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('products.removedSkus', { count: removedCount })}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <SkuTable
            form={form}
            specNames={specNames}
            disabled={readOnly}
            onQuantityBreaks={(row) =>
              row.id &&
              setBreaksSku({
                id: row.id,
                label: specLabel(row.specs, specNames) || row.code,
                unit: row.unit,
                units: row.units,
              })
            }
          />
        </Card>

        <Card title={t('products.sections.description')}>
          <Form.Item name="description" noStyle>
            <DescriptionEditor disabled={readOnly} />
          </Form.Item>
        </Card>

        <Card title={t('products.sections.images')}>
          {product ? (
            <ProductImages productId={product.id} images={product.images} disabled={readOnly} />
          ) : (
            <Alert type="info" showIcon title={t('products.imagesAfterSave')} />
          )}
        </Card>

        {readOnly ? null : (
          <div className="editor-actions">
            <Button onClick={() => navigate('/admin/products')} disabled={false}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="product-save">
              {t('common.save')}
            </Button>
          </div>
        )}
      </Form>
      <QuantityBreaksModal sku={breaksSku} readOnly={readOnly} onClose={() => setBreaksSku(undefined)} />
    </div>
  );
}
