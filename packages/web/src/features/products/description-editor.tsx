import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const previewStyle =
  '<style>body{margin:12px;font:14px/1.7 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f1f1f}img{max-width:100%;height:auto}</style>';

/**
 * 商品详情: simple HTML typed into a text area with a live preview beside it. The preview is a
 * sandboxed frame without scripts, so whatever is typed cannot run here; the server sanitises on save.
 */
export function DescriptionEditor({
  value,
  onChange,
  disabled,
}: {
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Paragraph type="secondary">{t('products.descriptionHint')}</Typography.Paragraph>
      <div className="description-editor">
        <Input.TextArea
          value={value}
          onChange={(event) => onChange?.(event.target.value)}
          disabled={disabled}
          autoSize={{ minRows: 12, maxRows: 24 }}
          maxLength={100000}
          placeholder="<p>…</p>"
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 }}
          data-testid="product-description"
        />
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('products.preview')}
          </Typography.Text>
          <iframe
            className="description-preview"
            title={t('products.preview')}
            sandbox=""
            srcDoc={`${previewStyle}${value?.trim() ? value : `<p style="color:#999">${t('products.previewEmpty')}</p>`}`}
            data-testid="product-description-preview"
          />
        </div>
      </div>
    </div>
  );
}
