import { os } from './os';

/** Handlers of the imports part of 数据交换; see router.ts for the trust rule of every handler. */
export const importsRoutes = os.imports.router({});
