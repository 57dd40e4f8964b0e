import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language, setLanguage } from '../i18n/index.ts';

/** 中文 | EN toggle; the choice is remembered in localStorage. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  useTranslation(); // re-render when the language changes
  return (
    <Segmented<Language>
      data-testid="language-switch"
      size={size}
      value={currentLanguage()}
      onChange={(lng) => void setLanguage(lng)}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en-US' },
      ]}
    />
  );
}
