import { RightOutlined } from '@ant-design/icons';
import { Button, Empty, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.ts';
import '../cart/ordering.css';
import { statementState } from './statement-balance.ts';
import { Balance, StatementStateTag, useMonthLabel } from './statement-parts.tsx';
import { useStatementMonths } from './statements-api.ts';

/** 我的对账单: the company's last 12 months, newest first, each with what was owed at its end. */
export function PortalStatementsPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const label = useMonthLabel();
  const months = useStatementMonths(me?.customerId);

  return (
    <div className="ordering-narrow" data-testid="portal-statements">
      <h1 className="portal-page-title">{t('statements.myTitle')}</h1>
      {months.isError ? (
        <Result
          status="warning"
          title={t('common.loadFailed')}
          extra={<Button onClick={() => void months.refetch()}>{t('common.retry')}</Button>}
        />
      ) : !months.data ? (
        <Skeleton active />
      ) : months.data.items.length === 0 ? (
        <Empty className="portal-empty" description={t('statements.portal.empty')} />
      ) : (
        <ul className="statement-month-list">
          {months.data.items.map((item) => (
            <li key={item.month}>
              <Link
                to={`/portal/statements/${item.month}`}
                className="statement-month-card"
                data-testid={`portal-statement-${item.month}`}
              >
                <div className="statement-month-card-main">
                  <div className="statement-month-card-head">
                    <span className="statement-month-card-title">{label(item.month)}</span>
                    <StatementStateTag state={statementState(item)} />
                  </div>
                  <div className="muted statement-month-card-meta">
                    {t('statements.lines', { count: item.lineCount })}
                  </div>
                </div>
                <div className="statement-month-card-balance">
                  <span className="muted">
                    {t(item.ended ? 'statements.closingPayable' : 'statements.currentPayable')}
                  </span>
                  <Balance fen={item.closingBalance} testId="portal-statement-closing" />
                </div>
                <RightOutlined className="muted" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
