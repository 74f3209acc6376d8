import { os } from './os';
import * as permitSvc from '#server/services/permit-service';
import * as photoSvc from '#server/services/photo-service';
import * as staffSvc from '#server/services/staff-service';
import * as staffingSvc from '#server/services/staffing-service';
import * as trainingSvc from '#server/services/training-service';

/** Handlers of the staff area; who may call each and what it trusts is the trust line on its procedure in server/contract/staff.ts. */
export const staffRoutes = os.staff.router({
  list: os.staff.list.handler(({ context, input }) => staffSvc.listStaff(context, input)),
  get: os.staff.get.handler(({ context, input }) => staffSvc.getStaff(context, input.id)),
  getForEdit: os.staff.getForEdit.handler(({ context, input }) => staffSvc.getStaffForEdit(context, input.id)),
  reveal: os.staff.reveal.handler(({ context, input }) => staffSvc.revealStaff(context, input.id)),
  create: os.staff.create.handler(({ context, input }) => staffSvc.createStaff(context, input)),
  update: os.staff.update.handler(({ context, input }) => staffSvc.updateStaff(context, input)),
  archive: os.staff.archive.handler(({ context, input }) => staffSvc.archiveStaff(context, input)),
  history: os.staff.history.handler(({ context, input }) => staffSvc.staffHistory(context, input.id)),
  photo: os.staff.photo.handler(({ context, input }) => photoSvc.getPhoto(context, 'staff', input.id)),
  setPhoto: os.staff.setPhoto.handler(({ context, input }) => photoSvc.setPhoto(context, 'staff', input)),
  qualifications: os.staff.qualifications.handler(({ context, input }) =>
    trainingSvc.listQualifications(context, input.id),
  ),
  addQualification: os.staff.addQualification.handler(({ context, input }) =>
    trainingSvc.addQualification(context, input),
  ),
  training: os.staff.training.handler(({ context, input }) => trainingSvc.listTraining(context, input.id)),
  addTraining: os.staff.addTraining.handler(({ context, input }) => trainingSvc.addTraining(context, input)),
  addTrainingSession: os.staff.addTrainingSession.handler(({ context, input }) =>
    trainingSvc.addTrainingSession(context, input),
  ),
  permits: os.staff.permits.handler(({ context, input }) => permitSvc.listPermits(context, input.id)),
  issuePermit: os.staff.issuePermit.handler(({ context, input }) => permitSvc.issuePermit(context, input)),
  changePermitStatus: os.staff.changePermitStatus.handler(({ context, input }) =>
    permitSvc.changePermitStatus(context, input),
  ),
  renewPermit: os.staff.renewPermit.handler(({ context, input }) => permitSvc.renewPermit(context, input)),
  permitWorklist: os.staff.permitWorklist.handler(({ context, input }) => permitSvc.permitWorklist(context, input)),
  staffing: os.staff.staffing.handler(({ context }) => staffingSvc.staffingCounts(context)),
});
