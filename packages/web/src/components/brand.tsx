import { useTranslation } from 'react-i18next';

/** The 订 mark and the product name. */
export function Brand({ compact = false, subtitle }: { compact?: boolean; subtitle?: string }) {
  const { t } = useTranslation();
  return (
    <span className="brand">
      <span className="brand-mark" aria-hidden>
        订
      </span>
      {compact ? null : (
        <span className="brand-text">
          <span className="brand-name">{t('app.brand')}</span>
          {subtitle ? <span className="brand-sub">{subtitle}</span> : null}
        </span>
      )}
    </span>
  );
}
