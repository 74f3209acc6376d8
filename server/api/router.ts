import { implement } from '@orpc/server';
import { contract } from '../contract';
import type { ServiceContext } from '../services/context';
import * as divisionsSvc from '../services/division-service';
import * as institutionsSvc from '../services/institution-service';
import * as assessmentsSvc from '../services/assessment-service';
import * as setupSvc from '../services/setup-service';

/**
 * Handlers named area/action. Every caller is the local clerk's own UI (the host has already
 * checked the token or the MessagePort); each handler trusts only its zod-validated input and
 * the actor the host put in the context.
 */
const os = implement(contract).$context<ServiceContext>();

export const router = os.router({
  setup: {
    // Any session; reads the first-run flag and who is acting.
    status: os.setup.status.handler(({ context }) => setupSvc.setupStatus(context)),
    // Any session; refuses unless the register is empty.
    loadDemo: os.setup.loadDemo.handler(({ context }) => setupSvc.loadDemo(context)),
    // Any session; records the choice so the first-run offer is not shown again.
    startEmpty: os.setup.startEmpty.handler(({ context }) => setupSvc.startEmpty(context)),
  },
  divisions: {
    // Any session; read only.
    tree: os.divisions.tree.handler(({ context, input }) => divisionsSvc.divisionTree(context, input.includeArchived)),
    // Trusts validated input; level and code rules are checked against the parent in the service.
    create: os.divisions.create.handler(({ context, input }) => divisionsSvc.createDivision(context, input)),
    // Trusts validated input; the code is re-checked against the parent.
    rename: os.divisions.rename.handler(({ context, input }) => divisionsSvc.renameDivision(context, input)),
    // Trusts validated input; only same-level moves are allowed.
    move: os.divisions.move.handler(({ context, input }) => divisionsSvc.moveDivision(context, input)),
    // Trusts validated input; refuses while children or institutions still use the division.
    archive: os.divisions.archive.handler(({ context, input }) => divisionsSvc.archiveDivision(context, input)),
  },
  institutions: {
    // Any session; read only, paged.
    list: os.institutions.list.handler(({ context, input }) => institutionsSvc.listInstitutions(context, input)),
    get: os.institutions.get.handler(({ context, input }) => institutionsSvc.getInstitution(context, input.id)),
    // Trusts validated input; street, community and credit-code uniqueness are checked in the service.
    create: os.institutions.create.handler(({ context, input }) => institutionsSvc.createInstitution(context, input)),
    // Trusts validated input; refuses a stale version so a colleague's edit is never overwritten.
    update: os.institutions.update.handler(({ context, input }) => institutionsSvc.updateInstitution(context, input)),
    archive: os.institutions.archive.handler(({ context, input }) => institutionsSvc.archiveInstitution(context, input)),
    // Any session; read only.
    stats: os.institutions.stats.handler(({ context }) => institutionsSvc.institutionStats(context)),
    history: os.institutions.history.handler(({ context, input }) => institutionsSvc.institutionHistory(context, input.id)),
    assessments: os.institutions.assessments.handler(({ context, input }) => assessmentsSvc.listAssessments(context, input.id)),
    saveAssessment: os.institutions.saveAssessment.handler(({ context, input }) => assessmentsSvc.saveAssessment(context, input)),
  },
});

export type AppRouter = typeof router;
