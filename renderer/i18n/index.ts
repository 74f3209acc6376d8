import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '#domain/messages';
import { en } from '../locales/en';
import { zhCN } from '../locales/zh-CN';

const STORAGE_KEY = 'shr.locale';

function savedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function currentLocale(): Locale {
  return i18next.language === 'en' ? 'en' : 'zh-CN';
}

export async function initI18n(): Promise<void> {
  const lng = savedLocale();
  dayjs.locale(lng === 'en' ? 'en' : 'zh-cn');
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
}

export async function setLocale(lng: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lng);
  dayjs.locale(lng === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = lng;
  await i18next.changeLanguage(lng);
}
