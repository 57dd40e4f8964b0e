import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can, useMe } from '../../app/auth.ts';
import { Forbidden } from '../../components/forbidden.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { LevelPricesTab } from './level-prices-tab.tsx';
import { LevelsTab } from './levels-tab.tsx';
import { PriceExplainTab } from './price-explain-tab.tsx';
import '../products/catalog-console.css';

const tabs = ['levels', 'levelPrices', 'explain'] as const;
type Tab = (typeof tabs)[number];

/** 价格: customer levels, their price lists, and the price explainer. The tab is kept in the address. */
export function PricingPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  if (!can(me, 'prices:view')) return <Forbidden />;
  const mayEdit = can(me, 'prices:edit');
  const requested = params.get('tab');
  const tab: Tab = tabs.includes(requested as Tab) ? (requested as Tab) : 'levels';

  return (
    <div data-testid="pricing-page">
      <PageHeader title={t('pricing.title')} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'levels' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'levels', label: t('pricing.tabs.levels'), children: <LevelsTab mayEdit={mayEdit} /> },
            {
              key: 'levelPrices',
              label: t('pricing.tabs.levelPrices'),
              children: <LevelPricesTab mayEdit={mayEdit} />,
            },
            { key: 'explain', label: t('pricing.tabs.explain'), children: <PriceExplainTab /> },
          ].map((item) => ({ ...item, label: <span data-testid={`pricing-tab-${item.key}`}>{item.label}</span> }))}
        />
      </Card>
    </div>
  );
}
