import { en } from './en';
import { zhCN } from './zh-CN';
import type { MessageCode } from './zh-CN';

export type { MessageCode } from './zh-CN';
export { zhCN } from './zh-CN';
export { en } from './en';

export type Locale = 'zh-CN' | 'en';
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageCode, string>> = { 'zh-CN': zhCN, en };

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(zhCN, code);
}

// A placeholder without a matching param is left visible rather than blanked, so a
// missing param shows up in review instead of producing a silently wrong sentence.
export function formatMessage(code: MessageCode, params?: MessageParams, locale: Locale = 'zh-CN'): string {
  const template = catalogues[locale][code];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
