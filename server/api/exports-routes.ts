import { os } from './os';

/** Handlers of the exports part of 数据交换; see router.ts for the trust rule of every handler. */
export const exportsRoutes = os.exports.router({});
