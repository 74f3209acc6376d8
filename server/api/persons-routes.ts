import { os } from './os';
import * as enrolSvc from '#server/services/enrolment-service';
import * as personsSvc from '#server/services/person-service';
import * as photoSvc from '#server/services/photo-service';
import * as reviewSvc from '#server/services/review-service';
import * as surveySvc from '#server/services/survey-service';

/** Handlers of the persons area; who may call each and what it trusts is the trust line on its procedure in server/contract/persons.ts. */
export const personsRoutes = os.persons.router({
  list: os.persons.list.handler(({ context, input }) => personsSvc.listPersons(context, input)),
  get: os.persons.get.handler(({ context, input }) => personsSvc.getPerson(context, input.id)),
  getForEdit: os.persons.getForEdit.handler(({ context, input }) => personsSvc.getPersonForEdit(context, input.id)),
  reveal: os.persons.reveal.handler(({ context, input }) => personsSvc.revealPerson(context, input.id)),
  findByResidentId: os.persons.findByResidentId.handler(({ context, input }) =>
    personsSvc.findByResidentId(context, input.residentId),
  ),
  create: os.persons.create.handler(({ context, input }) => personsSvc.createPerson(context, input)),
  update: os.persons.update.handler(({ context, input }) => personsSvc.updatePerson(context, input)),
  archive: os.persons.archive.handler(({ context, input }) => personsSvc.archivePerson(context, input)),
  history: os.persons.history.handler(({ context, input }) => personsSvc.personHistory(context, input.id)),
  photo: os.persons.photo.handler(({ context, input }) => photoSvc.getPhoto(context, 'person', input.id)),
  setPhoto: os.persons.setPhoto.handler(({ context, input }) => photoSvc.setPhoto(context, 'person', input)),
  surveys: os.persons.surveys.handler(({ context, input }) => surveySvc.listSurveys(context, input.id)),
  addSurvey: os.persons.addSurvey.handler(({ context, input }) => surveySvc.addSurvey(context, input)),
  enrolments: os.persons.enrolments.handler(({ context, input }) => enrolSvc.listEnrolments(context, input.id)),
  enrol: os.persons.enrol.handler(({ context, input }) => enrolSvc.enrol(context, input)),
  exit: os.persons.exit.handler(({ context, input }) => enrolSvc.exitEnrolment(context, input)),
  annualReview: os.persons.annualReview.handler(({ context, input }) => reviewSvc.annualReview(context, input)),
});
