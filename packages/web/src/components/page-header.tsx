import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Title row of a console page with its main actions on the right. */
export function PageHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-header">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra ? <div className="page-header-extra">{extra}</div> : null}
    </div>
  );
}
