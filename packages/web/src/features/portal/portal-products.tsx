import { SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Result, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { CategoryNav } from './category-nav.tsx';
import { categoryPath } from './category-tree.ts';
import { ProductCard } from './product-card.tsx';
import { useCategoryTree } from './use-categories.ts';
import { useProductPages } from './use-products.ts';

const positiveInt = (text: string | null): number | undefined => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** 商品: search (name, code, barcode, pinyin, initials), category filter and the product grid. */
export function PortalProducts() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const categoryId = positiveInt(params.get('categoryId'));
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(typed.trim(), 300);
  const categories = useCategoryTree();
  const products = useProductPages({ q: q || undefined, categoryId });
  const items = products.data?.pages.flatMap((page) => page.items) ?? [];
  const total = products.data?.pages[0]?.total ?? 0;

  // The settled search goes into the address, so back/forward and a shared link keep it.
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (q) next.set('q', q);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [q, setParams]);

  const selectCategory = (id: number | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id === undefined) next.delete('categoryId');
      else next.set('categoryId', String(id));
      return next;
    });

  // Load the next page when the end of the grid scrolls into view.
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = products;
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasNextPage || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const categoryName = categoryPath(categories.data ?? [], categoryId).at(-1)?.name;

  return (
    <div className="portal-products" data-testid="portal-products">
      <div className="product-search">
        <Input
          size="large"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('portal.searchPlaceholder')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          inputMode="search"
          enterKeyHint="search"
          data-testid="product-search"
        />
      </div>
      <div className="portal-products-body">
        <CategoryNav tree={categories.data ?? []} selected={categoryId} onSelect={selectCategory} />
        <section className="portal-products-list">
          <div className="portal-products-summary" data-testid="product-total">
            {products.isPending
              ? '\u00a0'
              : t('portal.productsFound', { count: total, category: categoryName ?? t('portal.allProducts') })}
          </div>
          {products.isPending ? (
            <div className="product-grid">
              {[1, 2, 3, 4].map((n) => (
                <div key={n} className="product-card">
                  <Skeleton.Image active style={{ width: '100%', height: 120 }} />
                  <Skeleton active paragraph={{ rows: 1 }} />
                </div>
              ))}
            </div>
          ) : products.isError ? (
            <Result
              status="warning"
              title={t('common.loadFailed')}
              extra={<Button onClick={() => void products.refetch()}>{t('common.retry')}</Button>}
            />
          ) : items.length === 0 ? (
            <Empty
              className="portal-empty"
              data-testid="products-empty"
              description={q ? t('portal.noProductsFor', { q }) : t('portal.noProducts')}
            />
          ) : (
            <>
              <div className="product-grid" data-testid="product-grid">
                {items.map((product) => (
                  <ProductCard key={product.id} product={product} />
                ))}
              </div>
              <div ref={sentinel} className="product-grid-end">
                {hasNextPage ? (
                  <Button
                    loading={isFetchingNextPage}
                    onClick={() => void fetchNextPage()}
                    data-testid="products-load-more"
                  >
                    {t('portal.loadMore')}
                  </Button>
                ) : (
                  <span>{t('portal.noMore')}</span>
                )}
              </div>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
