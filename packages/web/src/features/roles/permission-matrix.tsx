import { Checkbox, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PermissionGroups } from '../../api/types.ts';

type Group = PermissionGroups['groups'][number];

/**
 * Rows are resources, checkboxes their actions. `allowed` limits which permissions may be ticked
 * (customer roles only hold portal permissions); `disabled` makes it read-only.
 */
export function PermissionMatrix({
  groups,
  value = [],
  onChange,
  allowed,
  disabled = false,
}: {
  groups: Group[];
  value?: string[];
  onChange?: (value: string[]) => void;
  allowed?: readonly string[];
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const selected = new Set(value);
  const isAllowed = (permission: string) => !allowed || allowed.includes(permission);
  const set = (permissions: string[], on: boolean) => {
    const next = new Set(selected);
    for (const permission of permissions) {
      if (!isAllowed(permission)) continue;
      if (on) next.add(permission);
      else next.delete(permission);
    }
    onChange?.([...next].sort());
  };
  const rows = groups.filter((group) => group.permissions.some(isAllowed));

  const columns: TableColumnsType<Group> = [
    {
      title: t('roles.permissions'),
      dataIndex: 'resource',
      width: 150,
      render: (resource: string, group) => {
        const usable = group.permissions.filter(isAllowed);
        const count = usable.filter((permission) => selected.has(permission)).length;
        return (
          <Checkbox
            disabled={disabled}
            checked={count > 0 && count === usable.length}
            indeterminate={count > 0 && count < usable.length}
            onChange={(event) => set(usable, event.target.checked)}
          >
            <strong>{t(`perm.resource.${resource}`, { defaultValue: resource })}</strong>
          </Checkbox>
        );
      },
    },
    {
      key: 'actions',
      render: (_: unknown, group) => (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '6px 0' }}>
          {group.actions.map((action, index) => {
            const permission = group.permissions[index];
            return (
              <Checkbox
                key={permission}
                data-testid={`perm-${permission}`}
                disabled={disabled || !isAllowed(permission)}
                checked={selected.has(permission)}
                onChange={(event) => set([permission], event.target.checked)}
                style={{ minWidth: 80 }}
              >
                {t(`perm.action.${action}`, { defaultValue: action })}
              </Checkbox>
            );
          })}
        </div>
      ),
    },
  ];

  return (
    <Table<Group>
      className="perm-matrix"
      size="small"
      rowKey="resource"
      columns={columns}
      dataSource={rows}
      pagination={false}
      showHeader={false}
      bordered
    />
  );
}
