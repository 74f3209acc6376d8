import type { Widen } from '../zh-CN';
import type { packagesUiZhCN } from './packages.zh-CN';

export const packagesUiEn: Widen<typeof packagesUiZhCN> = {
};
