import { cardsRoutes } from './cards-routes';
import { divisionsRoutes } from './divisions-routes';
import { documentsRoutes } from './documents-routes';
import { exportsRoutes } from './exports-routes';
import { importsRoutes } from './imports-routes';
import { institutionsRoutes } from './institutions-routes';
import { os } from './os';
import { packagesRoutes } from './packages-routes';
import { personsRoutes } from './persons-routes';
import { settingsRoutes } from './settings-routes';
import { setupRoutes } from './setup-routes';
import { staffRoutes } from './staff-routes';
import { volunteersRoutes } from './volunteers-routes';

/**
 * Handlers named area/action, one routes file per area. Every caller is the local clerk's own UI
 * (the host has already checked the token or the MessagePort); who may call each procedure and
 * what it trusts is its trust line in server/contract/<area>.ts, where the renderer sees it too.
 */
export const router = os.router({
  setup: setupRoutes,
  divisions: divisionsRoutes,
  institutions: institutionsRoutes,
  settings: settingsRoutes,
  documents: documentsRoutes,
  cards: cardsRoutes,
  imports: importsRoutes,
  exports: exportsRoutes,
  packages: packagesRoutes,
  persons: personsRoutes,
  staff: staffRoutes,
  volunteers: volunteersRoutes,
});

export type AppRouter = typeof router;
