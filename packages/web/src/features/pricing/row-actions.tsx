import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Edit and delete (with a confirm) links for a row of a price table; test ids `<prefix>-edit|delete-<id>`. */
export function PriceRowActions({
  id,
  testIdPrefix,
  onEdit,
  onDelete,
}: {
  id: number;
  testIdPrefix: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Space size={0}>
      <Button type="link" size="small" onClick={onEdit} data-testid={`${testIdPrefix}-edit-${id}`}>
        {t('common.edit')}
      </Button>
      <Popconfirm title={t('pricing.priceDeleteConfirm')} okButtonProps={{ danger: true }} onConfirm={onDelete}>
        <Button type="link" size="small" danger data-testid={`${testIdPrefix}-delete-${id}`}>
          {t('common.delete')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
