import { LeftOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../cart/ordering.css';
import { ReturnCard } from './order-returns.tsx';
import './portal-orders.css';
import { useMyReturns } from './use-returns.ts';

/** 我的退货 (/portal/returns): every return of the company, newest first, each linked to its order. */
export function MyReturnsPage() {
  const { t } = useTranslation();
  const returns = useMyReturns();
  const items = returns.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="ordering-narrow" data-testid="my-returns">
      <div className="portal-page-head">
        <Link to="/portal/me" className="portal-back-link" data-testid="returns-back">
          <LeftOutlined /> {t('portalReturns.title')}
        </Link>
      </div>
      {returns.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty className="portal-empty" description={t('portalReturns.empty')} data-testid="returns-empty" />
      ) : (
        <div className="order-cards">
          {items.map((item) => (
            <article key={item.id} className="order-card" style={{ padding: '4px 14px' }}>
              <ReturnCard item={item} />
            </article>
          ))}
          <div className="product-grid-end">
            {returns.hasNextPage ? (
              <Button loading={returns.isFetchingNextPage} onClick={() => void returns.fetchNextPage()}>
                {t('portalReturns.loadMore')}
              </Button>
            ) : (
              t('portalReturns.noMore')
            )}
          </div>
        </div>
      )}
    </div>
  );
}
