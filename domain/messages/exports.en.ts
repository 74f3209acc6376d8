import type { exportsZhCN } from './exports.zh-CN';

export const exportsEn: Record<keyof typeof exportsZhCN, string> = {
};
