import { LeftOutlined, ShoppingOutlined } from '@ant-design/icons';
import { Button, Card, Carousel, Descriptions, Result, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatMoney } from '../../lib/money.ts';
import { AddToCart } from '../cart/add-to-cart.tsx';
import { useStockWatch } from '../live/use-live-events.tsx';
import type { ProductDetail, Sku } from './catalog-types.ts';
import { ProductStock } from './product-stock.tsx';
import { ProductTags } from './product-tags.tsx';
import {
  defaultSku,
  findSku,
  isReachable,
  pickValue,
  type SpecSelection,
  selectionOf,
  specAxes,
} from './sku-selection.ts';
import { defaultUnit, orderRule, tiersFor, type UnitOption, unitOptions } from './sku-units.ts';
import { useProduct } from './use-products.ts';
import { VariantGrid } from './variant-grid.tsx';

/** 商品详情: pictures, spec and unit choice with this customer's prices, quantity breaks, stock, description. */
export function PortalProductDetail() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const product = useProduct(id);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/portal/products'));
  if (product.isPending) return <Skeleton active data-testid="product-loading" />;
  if (product.isError || !product.data) {
    return (
      <Result
        status="404"
        title={t('portal.productMissing')}
        extra={<Button onClick={() => navigate('/portal/products')}>{t('portal.backToProducts')}</Button>}
      />
    );
  }
  return (
    <div className="product-detail" data-testid="product-detail">
      <button type="button" className="product-back" onClick={back} data-testid="product-back">
        <LeftOutlined /> {t('portal.backToProducts')}
      </button>
      <ProductView key={product.data.id} product={product.data} />
    </div>
  );
}

function ProductView({ product }: { product: ProductDetail }) {
  // Availability on this page follows orders and stock changes live.
  useStockWatch(product.skus.map((s) => s.id));
  const { t } = useTranslation();
  const axes = useMemo(() => specAxes(product.specNames, product.skus), [product]);
  const [selection, setSelection] = useState<SpecSelection>(() => {
    const first = defaultSku(product.skus);
    return first ? selectionOf(first, axes) : {};
  });
  const sku = findSku(product.skus, axes, selection) ?? product.skus[0];
  // The unit is remembered by name so 箱 stays chosen when the buyer switches flavour.
  const [unitName, setUnitName] = useState(() => (sku ? defaultUnit(sku).name : undefined));
  const units = sku ? unitOptions(sku) : [];
  const unit = units.find((option) => option.name === unitName) ?? units[0];
  const unitRow = unit?.id == null ? undefined : sku?.units.find((option) => option.id === unit.id);
  const barcode = unitRow ? unitRow.barcode : sku?.barcode;
  // The suggested retail price of the unit shown: its own, or the base unit's times the factor.
  const retail = unitRow
    ? (unitRow.retailPrice ?? (sku?.retailPrice ? sku.retailPrice * unitRow.factor : null))
    : sku?.retailPrice;

  return (
    <div className="product-detail-grid">
      <ProductImages product={product} />
      <div className="product-detail-info">
        <Card className="product-detail-card">
          <h1 className="product-title" data-testid="product-name">
            {product.name}
          </h1>
          {product.subtitle ? <div className="product-subtitle">{product.subtitle}</div> : null}
          <ProductTags tags={product.tags} />
          {sku && unit ? (
            <div className="product-price-row">
              <span className="price large" data-testid="product-price">
                <span className="price-value">{formatMoney(unit.price)}</span>
                <span className="price-unit">/{unit.name}</span>
              </span>
              <ProductStock
                available={sku.available}
                status={sku.stockStatus}
                minOrderQty={sku.minOrderQty}
                unit={sku.unit}
              />
            </div>
          ) : null}
          {retail && unit ? (
            <div className="product-retail">
              {t('portal.retailPrice')} {formatMoney(retail)}/{unit.name}
            </div>
          ) : null}
        </Card>

        {sku ? (
          <Card className="product-detail-card" size="small" styles={{ body: { display: 'grid', gap: 14 } }}>
            {axes.map((axis) => (
              <div className="option-group" key={axis.name} data-testid={`spec-axis-${axis.name || 'sku'}`}>
                <div className="option-label">{axis.name || t('portal.variant')}</div>
                <div className="option-values">
                  {axis.values.map((value) => {
                    const active = selection[axis.name] === value;
                    const reachable = isReachable(product.skus, selection, axis.name, value);
                    return (
                      <button
                        key={value}
                        type="button"
                        className={`chip${active ? ' active' : ''}${reachable ? '' : ' unreachable'}`}
                        aria-pressed={active}
                        onClick={() => setSelection(pickValue(product.skus, axes, selection, axis.name, value))}
                        data-testid={`spec-${value}`}
                      >
                        {value}
                      </button>
                    );
                  })}
                </div>
              </div>
            ))}
            <div className="option-group" data-testid="unit-options">
              <div className="option-label">{t('portal.unit')}</div>
              <div className="option-values">
                {units.map((option) => (
                  <button
                    key={option.id ?? 'base'}
                    type="button"
                    className={option === unit ? 'chip unit-chip active' : 'chip unit-chip'}
                    aria-pressed={option === unit}
                    onClick={() => setUnitName(option.name)}
                    data-testid={`unit-${option.id ?? 'base'}`}
                  >
                    <span>
                      {option.factor > 1
                        ? t('portal.unitWithFactor', { name: option.name, factor: option.factor, base: sku.unit })
                        : option.name}
                    </span>
                    <span className="unit-chip-price">{formatMoney(option.price)}</span>
                  </button>
                ))}
              </div>
            </div>
            <OrderRuleHint sku={sku} />
            {unit ? <TierTable sku={sku} unit={unit} /> : null}
            {unit ? <AddToCart key={`${sku.id}:${unit.id ?? 'base'}`} sku={sku} unit={unit} /> : null}
          </Card>
        ) : null}

        <VariantGrid product={product} />

        {sku ? (
          <Card className="product-detail-card" size="small">
            <Descriptions column={1} size="small" data-testid="product-facts">
              <Descriptions.Item label={t('portal.skuCode')}>{sku.code}</Descriptions.Item>
              {barcode ? <Descriptions.Item label={t('portal.barcode')}>{barcode}</Descriptions.Item> : null}
              {product.brandName ? (
                <Descriptions.Item label={t('portal.brand')}>{product.brandName}</Descriptions.Item>
              ) : null}
              {product.categoryName ? (
                <Descriptions.Item label={t('portal.category')}>{product.categoryName}</Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        ) : null}
      </div>

      {product.description ? (
        <Card className="product-description-card" title={t('portal.description')} size="small">
          <div
            className="product-description"
            data-testid="product-description"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the server sanitises descriptions to a safe subset on write
            dangerouslySetInnerHTML={{ __html: product.description }}
          />
        </Card>
      ) : null}
    </div>
  );
}

function ProductImages({ product }: { product: ProductDetail }) {
  if (product.images.length === 0) {
    return (
      <div className="product-gallery empty" data-testid="product-gallery">
        {product.thumbUrl ? (
          <img className="gallery-img" src={product.thumbUrl} alt={product.name} />
        ) : (
          <ShoppingOutlined className="product-image-placeholder" aria-hidden />
        )}
      </div>
    );
  }
  return (
    <div className="product-gallery" data-testid="product-gallery">
      <Carousel dots={product.images.length > 1} draggable adaptiveHeight={false}>
        {product.images.map((image, index) => (
          <div key={image.id} className="product-gallery-slide">
            <img
              className="gallery-img"
              src={image.url}
              alt={`${product.name} ${index + 1}`}
              loading={index === 0 ? 'eager' : 'lazy'}
            />
          </div>
        ))}
      </Carousel>
    </div>
  );
}

function OrderRuleHint({ sku }: { sku: Sku }) {
  const { t } = useTranslation();
  const rule = orderRule(sku);
  if (!rule) return null;
  return (
    <div className="order-rule" data-testid="order-rule">
      {rule.step
        ? t('portal.orderRuleStep', { min: rule.min, step: rule.step, unit: rule.unit })
        : t('portal.orderRuleMin', { min: rule.min, unit: rule.unit })}
    </div>
  );
}

function TierTable({ sku, unit }: { sku: Sku; unit: UnitOption }) {
  const { t } = useTranslation();
  const tiers = tiersFor(sku, unit);
  if (tiers.length === 0) return null;
  return (
    <div className="option-group" data-testid="tier-table">
      <div className="option-label">{t('portal.tiers')}</div>
      <table className="tier-table">
        <thead>
          <tr>
            <th>{t('portal.tierQuantity')}</th>
            <th>{t('portal.tierPrice')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{t('portal.tierFrom', { count: 1, unit: unit.name })}</td>
            <td>
              {formatMoney(unit.price)}/{unit.name}
            </td>
          </tr>
          {tiers.map((tier) => (
            <tr key={tier.minQuantity} data-testid={`tier-${tier.minQuantity}`}>
              <td>{t('portal.tierFrom', { count: tier.minQuantity, unit: unit.name })}</td>
              <td className="tier-price">
                {formatMoney(tier.unitPrice)}/{unit.name}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
