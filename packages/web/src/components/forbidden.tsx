import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function Forbidden() {
  const { t } = useTranslation();
  return <Result data-testid="forbidden" status="403" title="403" subTitle={t('common.forbidden')} />;
}
