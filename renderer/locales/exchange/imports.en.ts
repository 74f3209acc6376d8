import type { Widen } from '../zh-CN';
import type { importsUiZhCN } from './imports.zh-CN';

export const importsUiEn: Widen<typeof importsUiZhCN> = {
};
