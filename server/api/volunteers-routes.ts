import { os } from './os';
import * as volunteerSvc from '#server/services/volunteer-service';

/** Handlers of the volunteers area; who may call each and what it trusts is the trust line on its procedure in server/contract/volunteers.ts. */
export const volunteersRoutes = os.volunteers.router({
  list: os.volunteers.list.handler(({ context, input }) => volunteerSvc.listVolunteers(context, input)),
  create: os.volunteers.create.handler(({ context, input }) => volunteerSvc.createVolunteer(context, input)),
  update: os.volunteers.update.handler(({ context, input }) => volunteerSvc.updateVolunteer(context, input)),
  archive: os.volunteers.archive.handler(({ context, input }) => volunteerSvc.archiveVolunteer(context, input)),
});
