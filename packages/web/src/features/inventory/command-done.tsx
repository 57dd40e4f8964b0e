import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The success screen after a receipt or transfer: start another, or see its movements. */
export function CommandDone({
  title,
  lines,
  againLabel,
  onAgain,
  reference,
}: {
  title: string;
  lines: number;
  againLabel: string;
  onAgain: () => void;
  reference: { type: 'receipt' | 'transfer'; id: number };
}) {
  const { t } = useTranslation();
  return (
    <Card data-testid="command-done">
      <Result
        status="success"
        title={title}
        subTitle={t('inventory.doneLines', { count: lines })}
        extra={[
          <Button key="again" type="primary" onClick={onAgain} data-testid="command-again">
            {againLabel}
          </Button>,
          <Link
            key="ledger"
            to={`/admin/inventory/movements?referenceType=${reference.type}&referenceId=${reference.id}`}
          >
            <Button>{t('inventory.viewMovements')}</Button>
          </Link>,
        ]}
      />
    </Card>
  );
}
