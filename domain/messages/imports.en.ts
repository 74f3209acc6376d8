import type { importsZhCN } from './imports.zh-CN';

export const importsEn: Record<keyof typeof importsZhCN, string> = {
};
