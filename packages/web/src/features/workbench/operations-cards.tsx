import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ItemList, ItemRow } from '../../components/item-list.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { OrderStatusTag } from '../orders/order-status-tag.tsx';
import type { OrderStatus } from '../orders/order-types.ts';

interface WorkbenchData {
  toShip: { id: number; number: string; customerName: string; status: string; createdAt: string }[];
  lowStock: {
    skuId: number;
    skuCode: string;
    productName: string;
    warehouseName: string;
    available: number;
    threshold: number;
  }[];
}

/**
 * The warehouse's day on the workbench: orders waiting to ship (oldest first) and levels below
 * their low-stock threshold. Shown to whoever may ship or view stock.
 */
export function OperationsCards({
  data,
  canShip,
  canViewStock,
}: {
  data: WorkbenchData;
  canShip: boolean;
  canViewStock: boolean;
}) {
  const { t } = useTranslation();
  const none = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} />;
  return (
    <>
      {canShip ? (
        <Col xs={24} lg={12}>
          <Card
            title={t('workbench.toShip')}
            extra={
              <Link to="/admin/orders?status=awaiting_shipment">
                {t('common.viewAll')} <RightOutlined />
              </Link>
            }
            data-testid="workbench-to-ship"
          >
            <ItemList empty={none}>
              {data.toShip.map((order) => (
                <ItemRow
                  key={order.id}
                  title={<Link to={`/admin/orders/${order.id}`}>{order.number}</Link>}
                  description={`${order.customerName} · ${formatDateTime(order.createdAt)}`}
                  extra={<OrderStatusTag status={order.status as OrderStatus} />}
                />
              ))}
            </ItemList>
          </Card>
        </Col>
      ) : null}
      {canViewStock ? (
        <Col xs={24} lg={12}>
          <Card
            title={t('workbench.lowStock')}
            extra={
              <Link to="/admin/inventory?low=1">
                {t('common.viewAll')} <RightOutlined />
              </Link>
            }
            data-testid="workbench-low-stock"
          >
            <ItemList empty={none}>
              {data.lowStock.map((level) => (
                <ItemRow
                  key={`${level.skuId}-${level.warehouseName}`}
                  title={`${level.skuCode} ${level.productName}`}
                  description={level.warehouseName}
                  extra={
                    <Tag color={level.available <= 0 ? 'red' : 'orange'}>
                      {t('workbench.lowStockLine', { available: level.available, threshold: level.threshold })}
                    </Tag>
                  }
                />
              ))}
            </ItemList>
          </Card>
        </Col>
      ) : null}
    </>
  );
}
