import { CheckCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from './brand.tsx';
import { LanguageSwitch } from './language-switch.tsx';

/**
 * The frame of the pages before sign-in (sign-in, registration): a brand panel with a title, a
 * tagline and three points, and the language switch above the form card.
 */
export function AuthShell({
  className,
  title,
  tagline,
  points,
  children,
}: {
  className?: string;
  title: string;
  tagline: string;
  points: string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={className ? `login-page ${className}` : 'login-page'}>
      <section className="login-hero">
        <Brand />
        <div>
          <h1 className="login-hero-title">{title}</h1>
          <p className="login-hero-tagline">{tagline}</p>
          <ul className="login-features">
            {points.map((point) => (
              <li key={point}>
                <CheckCircleFilled style={{ color: '#7fb0ff' }} />
                {point}
              </li>
            ))}
          </ul>
        </div>
        <div className="login-hero-foot">© Dinghuo · {t('auth.copyright')}</div>
      </section>
      <section className="login-panel">
        <div className="login-lang">
          <LanguageSwitch />
        </div>
        {children}
      </section>
    </div>
  );
}
