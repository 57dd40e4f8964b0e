import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { dayjs } from '../lib/dates.ts';
import { enUS } from './en-US.ts';
import { zhCN } from './zh-CN.ts';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

export const languageStorageKey = 'dinghuo.lang';

const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(languageStorageKey);
    return isLanguage(value) ? value : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function applyToPage(lng: Language): void {
  dayjs.locale(lng === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export const i18n = i18next.createInstance();

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: initial,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyToPage(initial);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

/** Switches the UI language and remembers the choice in this browser. */
export async function setLanguage(lng: Language): Promise<void> {
  try {
    localStorage.setItem(languageStorageKey, lng);
  } catch {
    // Private mode may refuse storage; the switch still applies to this visit.
  }
  applyToPage(lng);
  await i18n.changeLanguage(lng);
}

/** The server writes business messages as "中文 / English"; show the half that fits the UI language. */
export function localizeServerMessage(message: string, lng: Language = currentLanguage()): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return lng === 'zh-CN' ? parts[0] : parts[1];
}
