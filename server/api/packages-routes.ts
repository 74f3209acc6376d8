import { os } from './os';

/** Handlers of the packages part of 数据交换; see router.ts for the trust rule of every handler. */
export const packagesRoutes = os.packages.router({});
