import { os } from './os';
import * as assessmentsSvc from '#server/services/assessment-service';
import * as enrolSvc from '#server/services/enrolment-service';
import * as institutionsSvc from '#server/services/institution-service';

/** Handlers of the institutions area; who may call each and what it trusts is the trust line on its procedure in server/contract/institutions.ts. */
export const institutionsRoutes = os.institutions.router({
  list: os.institutions.list.handler(({ context, input }) => institutionsSvc.listInstitutions(context, input)),
  get: os.institutions.get.handler(({ context, input }) => institutionsSvc.getInstitution(context, input.id)),
  create: os.institutions.create.handler(({ context, input }) => institutionsSvc.createInstitution(context, input)),
  update: os.institutions.update.handler(({ context, input }) => institutionsSvc.updateInstitution(context, input)),
  archive: os.institutions.archive.handler(({ context, input }) => institutionsSvc.archiveInstitution(context, input)),
  stats: os.institutions.stats.handler(({ context }) => institutionsSvc.institutionStats(context)),
  history: os.institutions.history.handler(({ context, input }) =>
    institutionsSvc.institutionHistory(context, input.id),
  ),
  assessments: os.institutions.assessments.handler(({ context, input }) =>
    assessmentsSvc.listAssessments(context, input.id),
  ),
  saveAssessment: os.institutions.saveAssessment.handler(({ context, input }) =>
    assessmentsSvc.saveAssessment(context, input),
  ),
  recipients: os.institutions.recipients.handler(({ context, input }) =>
    enrolSvc.institutionRecipients(context, input.id),
  ),
});
