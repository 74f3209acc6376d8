import type { zhCN } from '../locales/zh-CN';

/** A side-menu item; its label is the locale text `menu.<key>`, so a key without one does not compile. */
export type MenuKey = keyof (typeof zhCN)['menu'];
