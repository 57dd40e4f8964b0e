import type { ReactNode } from 'react';

/** A plain divided list (antd's List is deprecated in v6; Listy is a virtual list, too much here). */
export function ItemList({ children, empty }: { children: ReactNode; empty?: ReactNode }) {
  const rows = Array.isArray(children) ? children.flat().filter(Boolean) : children ? [children] : [];
  if (rows.length === 0 && empty) return <>{empty}</>;
  return <ul className="item-list">{children}</ul>;
}

export function ItemRow({
  title,
  description,
  extra,
  onClick,
  indent = 0,
  testId,
}: {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  onClick?: () => void;
  indent?: number;
  testId?: string;
}) {
  const body = (
    <>
      <span className="item-list-main">
        <span className="item-list-title">{title}</span>
        {description ? <span className="item-list-description">{description}</span> : null}
      </span>
      {extra ? <span className="item-list-extra">{extra}</span> : null}
    </>
  );
  return (
    <li className="item-list-row" style={indent ? { paddingInlineStart: 16 * indent } : undefined} data-testid={testId}>
      {onClick ? (
        <button type="button" className="item-list-button" onClick={onClick}>
          {body}
        </button>
      ) : (
        body
      )}
    </li>
  );
}
