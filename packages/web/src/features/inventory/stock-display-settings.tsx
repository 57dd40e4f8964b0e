import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Form, Skeleton, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { can, useMe } from '../../app/auth.ts';
import { useApiError } from '../../components/use-api-error.ts';

const stockDisplayKey = ['inventory', 'stock-display'] as const;

/**
 * 向客户显示库存数量: whether buyers see stock numbers or only 有货 / 库存紧张 / 缺货. The switch
 * saves at once; without settings:edit it only shows the setting.
 */
export function StockDisplaySettings() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const client = useQueryClient();
  const showError = useApiError();
  const editable = can(me, 'settings:edit');
  const settings = useQuery({
    queryKey: stockDisplayKey,
    queryFn: () => unwrap(api.GET('/api/settings/inventory')),
  });
  const save = useMutation({
    mutationFn: (showStockNumbers: boolean) =>
      unwrap(api.PATCH('/api/settings/inventory', { body: { showStockNumbers } })),
    onSuccess: (saved) => {
      client.setQueryData(stockDisplayKey, saved);
      // Product and stock answers carry numbers or levels by this setting.
      void client.invalidateQueries({ queryKey: ['products'] });
      message.success(t('common.saved'));
    },
    onError: (error) => showError(error),
  });
  return (
    <Card
      title={t('inventory.stockDisplay.title')}
      style={{ maxWidth: 860, marginTop: 16 }}
      data-testid="stock-display"
    >
      {settings.data ? (
        <Form layout="horizontal" labelCol={{ span: 6 }} wrapperCol={{ span: 18 }} disabled={!editable}>
          <Form.Item
            label={t('inventory.stockDisplay.showNumbers')}
            extra={t('inventory.stockDisplay.hint')}
            style={{ marginBottom: 0 }}
          >
            <Switch
              checked={save.isPending ? save.variables : settings.data.showStockNumbers}
              loading={save.isPending}
              onChange={(checked) => save.mutate(checked)}
              data-testid="settings-show-stock"
            />
          </Form.Item>
        </Form>
      ) : (
        <Skeleton active paragraph={{ rows: 1 }} />
      )}
    </Card>
  );
}
