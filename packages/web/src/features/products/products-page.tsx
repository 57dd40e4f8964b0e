import { DownloadOutlined, ExportOutlined, ImportOutlined, PictureOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Input,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  type TableColumnsType,
  TreeSelect,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import type { ProductRow } from '../../api/types.ts';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { useApiError } from '../../components/use-api-error.ts';
import { formatMoney } from '../../lib/money.ts';
import { ImportDialog } from '../imports/import-dialog.tsx';
import { ProductTags } from '../portal/product-tags.tsx';
import { categoryTreeData, useBrands, useCategoryTree } from './use-catalog.ts';

type Status = ProductRow['status'];
type BatchAction = 'on' | 'off' | 'delete';

interface Filters {
  q?: string;
  categoryId?: number;
  brandId?: number;
  status?: Status;
  page: number;
  pageSize: number;
}

const numberParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

/** Filters live in the address so that coming back from the editor shows the same page. */
function useFilters(): [Filters, (patch: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filters: Filters = {
    q: params.get('q') || undefined,
    categoryId: numberParam(params.get('categoryId')),
    brandId: numberParam(params.get('brandId')),
    status: status === 'on' || status === 'off' ? status : undefined,
    page: numberParam(params.get('page')) ?? 1,
    pageSize: numberParam(params.get('pageSize')) ?? 20,
  };
  const update = (patch: Partial<Filters>) => {
    const next = { ...filters, ...('page' in patch ? {} : { page: 1 }), ...patch };
    const entries = Object.entries(next).filter(
      ([key, value]) =>
        value !== undefined &&
        value !== '' &&
        !(key === 'page' && value === 1) &&
        !(key === 'pageSize' && value === 20),
    );
    setParams(new URLSearchParams(entries.map(([key, value]) => [key, String(value)])), { replace: true });
  };
  return [filters, update];
}

/** Lowest to highest base wholesale price over the SKUs. */
function priceRange(product: ProductRow): string {
  const prices = product.skus.map((sku) => sku.price);
  if (prices.length === 0) return '-';
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return low === high ? formatMoney(low) : `${formatMoney(low)} ~ ${formatMoney(high)}`;
}

/** 商品: search and filter the catalog, switch products on and off shelf, batch actions, Excel in and out. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [filters, setFilters] = useFilters();
  const [selected, setSelected] = useState<number[]>([]);
  const [importing, setImporting] = useState(false);
  const categories = useCategoryTree();
  const brands = useBrands();
  const products = useQuery({
    queryKey: ['products', filters],
    queryFn: () => unwrap(api.GET('/api/products', { params: { query: filters } })),
    placeholderData: keepPreviousData,
    enabled: can(me, 'products:view'),
  });
  const batch = useMutation({
    mutationFn: (body: { ids: number[]; action: BatchAction }) => unwrap(api.POST('/api/products/batch', { body })),
    onSuccess: (_, { ids, action }) => {
      message.success(
        action === 'delete' && ids.length === 1
          ? t('products.deleted')
          : ids.length === 1
            ? t('products.statusChanged')
            : t('products.batchDone', { count: ids.length }),
      );
      setSelected((current) => (action === 'delete' ? current.filter((id) => !ids.includes(id)) : current));
      void client.invalidateQueries({ queryKey: ['products'] });
      void client.invalidateQueries({ queryKey: ['categories'] });
    },
    onError: (error) => showError(error),
  });
  if (!can(me, 'products:view')) return <Forbidden />;
  const mayEdit = can(me, 'products:edit');
  const mayDelete = can(me, 'products:delete');

  const confirmBatch = (action: BatchAction) =>
    modal.confirm({
      title: t(`products.batch${action === 'on' ? 'On' : action === 'off' ? 'Off' : 'Delete'}Confirm`, {
        count: selected.length,
      }),
      okButtonProps: { danger: action === 'delete', 'data-testid': 'products-batch-confirm' },
      onOk: () => batch.mutateAsync({ ids: selected, action }),
    });

  const exportQuery = new URLSearchParams(
    Object.entries({ q: filters.q, categoryId: filters.categoryId })
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  ).toString();

  const columns: TableColumnsType<ProductRow> = [
    {
      title: t('products.image'),
      dataIndex: 'thumbUrl',
      width: 72,
      render: (url: string | null, product) =>
        url ? (
          <img className="product-thumb" src={url} alt={product.name} loading="lazy" />
        ) : (
          <span className="product-thumb product-thumb-empty">
            <PictureOutlined />
          </span>
        ),
    },
    {
      title: t('products.name'),
      dataIndex: 'name',
      render: (name: string, product) => (
        <div className="product-name-cell">
          <Link to={`/admin/products/${product.id}`} data-testid={`product-open-${product.id}`}>
            {name}
          </Link>
          {product.subtitle ? (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {product.subtitle}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: t('products.category'),
      dataIndex: 'categoryName',
      width: 120,
      render: (name: string | null) => name ?? '-',
    },
    { title: t('products.brand'), dataIndex: 'brandName', width: 110, render: (name: string | null) => name ?? '-' },
    {
      title: t('products.skuCount'),
      key: 'skus',
      width: 80,
      align: 'right',
      render: (_: unknown, product) => product.skus.length,
    },
    {
      title: t('products.priceRange'),
      key: 'price',
      width: 170,
      align: 'right',
      render: (_: unknown, product) => <span className="money">{priceRange(product)}</span>,
    },
    {
      title: t('products.tagsLabel'),
      dataIndex: 'tags',
      width: 150,
      render: (tags: string[]) => <ProductTags tags={tags} />,
    },
    {
      title: t('products.status'),
      dataIndex: 'status',
      width: 90,
      render: (status: Status, product) => (
        <Switch
          size="small"
          checked={status === 'on'}
          disabled={!mayEdit}
          loading={batch.isPending && batch.variables?.ids.length === 1 && batch.variables.ids[0] === product.id}
          checkedChildren={t('products.statuses.on')}
          unCheckedChildren={t('products.statuses.off')}
          onChange={(on) => batch.mutate({ ids: [product.id], action: on ? 'on' : 'off' })}
          data-testid={`product-status-${product.id}`}
        />
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_: unknown, product) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => navigate(`/admin/products/${product.id}`)}>
            {mayEdit ? t('common.edit') : t('common.view')}
          </Button>
          {mayDelete ? (
            <Popconfirm
              title={t('products.deleteConfirm', { name: product.name })}
              okButtonProps={{ danger: true }}
              onConfirm={() => batch.mutateAsync({ ids: [product.id], action: 'delete' })}
            >
              <Button type="link" size="small" danger data-testid={`product-delete-${product.id}`}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="products-page">
      <PageHeader
        title={t('products.title')}
        extra={
          <Space>
            {can(me, 'products:create') ? (
              <>
                <Button
                  icon={<DownloadOutlined />}
                  href="/api/imports/templates/products.xlsx"
                  download
                  data-testid="products-template"
                >
                  {t('products.template')}
                </Button>
                <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="products-import">
                  {t('products.import')}
                </Button>
              </>
            ) : null}
            {can(me, 'products:export') ? (
              <Button
                icon={<ExportOutlined />}
                href={`/api/exports/products.xlsx${exportQuery ? `?${exportQuery}` : ''}`}
                download
                data-testid="products-export"
              >
                {t('products.export')}
              </Button>
            ) : null}
            {can(me, 'products:create') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/admin/products/new')}
                data-testid="product-create"
              >
                {t('products.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        <div className="table-toolbar">
          <Input.Search
            allowClear
            defaultValue={filters.q}
            placeholder={t('products.searchPlaceholder')}
            style={{ width: 280 }}
            onSearch={(q) => setFilters({ q: q.trim() || undefined })}
            data-testid="products-search"
          />
          <TreeSelect
            allowClear
            showSearch={{ treeNodeFilterProp: 'title' }}
            placeholder={t('products.category')}
            style={{ width: 200 }}
            value={filters.categoryId}
            onChange={(categoryId?: number) => setFilters({ categoryId })}
            treeData={categoryTreeData(categories.data ?? [])}
            treeDefaultExpandAll
            data-testid="products-category-filter"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('products.brand')}
            style={{ width: 160 }}
            value={filters.brandId}
            onChange={(brandId?: number) => setFilters({ brandId })}
            options={(brands.data ?? []).map((brand) => ({ value: brand.id, label: brand.name }))}
            data-testid="products-brand-filter"
          />
          <Select
            allowClear
            placeholder={t('products.status')}
            style={{ width: 120 }}
            value={filters.status}
            onChange={(status?: Status) => setFilters({ status })}
            options={(['on', 'off'] as const).map((status) => ({
              value: status,
              label: t(`products.statuses.${status}`),
            }))}
            data-testid="products-status-filter"
          />
        </div>
        {selected.length > 0 ? (
          <div className="batch-bar" data-testid="products-batch-bar">
            <span>{t('products.selected', { count: selected.length })}</span>
            {mayEdit ? (
              <>
                <Button size="small" onClick={() => confirmBatch('on')} data-testid="products-batch-on">
                  {t('products.batchOn')}
                </Button>
                <Button size="small" onClick={() => confirmBatch('off')} data-testid="products-batch-off">
                  {t('products.batchOff')}
                </Button>
              </>
            ) : null}
            {mayDelete ? (
              <Button size="small" danger onClick={() => confirmBatch('delete')} data-testid="products-batch-delete">
                {t('products.batchDelete')}
              </Button>
            ) : null}
            <Button size="small" type="link" onClick={() => setSelected([])}>
              {t('common.cancel')}
            </Button>
          </div>
        ) : null}
        <Table<ProductRow>
          rowKey="id"
          columns={columns}
          dataSource={products.data?.items}
          loading={products.isFetching}
          rowSelection={
            mayEdit || mayDelete
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as number[]),
                  preserveSelectedRowKeys: true,
                }
              : undefined
          }
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: products.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (count) => t('common.total', { count }),
            onChange: (page, pageSize) => setFilters({ page, pageSize }),
          }}
          data-testid="products-table"
        />
      </Card>
      <ImportDialog
        kind="products"
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => {
          void client.invalidateQueries({ queryKey: ['products'] });
          void client.invalidateQueries({ queryKey: ['categories'] });
          void client.invalidateQueries({ queryKey: ['brands'] });
        }}
      />
    </div>
  );
}
