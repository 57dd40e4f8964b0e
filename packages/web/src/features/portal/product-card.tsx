import { ShoppingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../lib/money.ts';
import type { ProductSummary } from './catalog-types.ts';
import { ProductStock } from './product-stock.tsx';
import { ProductTags } from './product-tags.tsx';
import { defaultSku } from './sku-selection.ts';
import { priceRange, specSummary } from './sku-units.ts';

/** A product in the grid: picture, name, specs, this customer's price per base unit. */
export function ProductCard({ product }: { product: ProductSummary }) {
  const { t } = useTranslation();
  const range = priceRange(product);
  const summary = specSummary(product);
  const sku = defaultSku(product.skus);
  const unit = sku?.unit ?? product.unit;
  return (
    <Link to={`/portal/products/${product.id}`} className="product-card" data-testid={`product-card-${product.id}`}>
      <span className="product-card-image">
        {product.thumbUrl ? (
          <img src={product.thumbUrl} alt={product.name} loading="lazy" />
        ) : (
          <ShoppingOutlined className="product-image-placeholder" aria-hidden />
        )}
      </span>
      <span className="product-card-body">
        <span className="product-card-name" data-testid="product-card-name">
          {product.name}
        </span>
        <span className="product-card-specs">
          {'count' in summary ? t('portal.skuCount', { count: summary.count }) : summary.values}
        </span>
        <ProductTags tags={product.tags} />
        <span className="product-card-foot">
          {range ? (
            <span className="price" data-testid="product-card-price">
              <span className="price-value">{formatMoney(range.min)}</span>
              <span className="price-unit">
                /{unit}
                {range.max > range.min ? t('portal.priceFrom') : ''}
              </span>
            </span>
          ) : null}
          {product.skus.length === 1 ? (
            <ProductStock
              available={sku?.available}
              status={sku?.stockStatus}
              minOrderQty={sku?.minOrderQty}
              unit={unit}
            />
          ) : null}
        </span>
      </span>
    </Link>
  );
}
