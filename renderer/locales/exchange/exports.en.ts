import type { Widen } from '../zh-CN';
import type { exportsUiZhCN } from './exports.zh-CN';

export const exportsUiEn: Widen<typeof exportsUiZhCN> = {
};
