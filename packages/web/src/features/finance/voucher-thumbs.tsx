import { FileOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Image, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Payment } from './finance-api.ts';

type Voucher = Payment['vouchers'][number];

/**
 * A payment's transfer vouchers as thumbnails: images open in the preview (one group, so the arrows
 * step through them), a PDF, or a file the browser cannot show as an image, opens in a new tab.
 * The files are served with the session cookie, so plain <img> and link requests are authorised.
 */
export function VoucherThumbs({ vouchers, size = 56 }: { vouchers: Voucher[]; size?: number }) {
  const { t } = useTranslation();
  if (!vouchers.length) return <Typography.Text type="secondary">{t('finance.payments.noVouchers')}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <div className="voucher-thumbs" data-testid="voucher-thumbs">
        {vouchers.map((voucher) => (
          <VoucherThumb key={voucher.index} voucher={voucher} size={size} />
        ))}
      </div>
    </Image.PreviewGroup>
  );
}

function VoucherThumb({ voucher, size }: { voucher: Voucher; size: number }) {
  const [notImage, setNotImage] = useState(/\.pdf$/i.test(voucher.name));
  if (notImage) {
    return (
      <a
        className="voucher-file"
        href={voucher.url}
        target="_blank"
        rel="noopener"
        title={voucher.name}
        style={{ width: size, height: size }}
        data-testid="voucher-file"
      >
        {/\.pdf$/i.test(voucher.name) ? <FilePdfOutlined /> : <FileOutlined />}
        <span>{voucher.name.split('.').pop()?.toUpperCase()}</span>
      </a>
    );
  }
  return (
    <Image
      src={voucher.url}
      alt={voucher.name}
      width={size}
      height={size}
      className="voucher-image"
      onError={() => setNotImage(true)}
      data-testid="voucher-image"
    />
  );
}
