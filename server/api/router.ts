import { exportsRoutes } from './exports-routes';
import { importsRoutes } from './imports-routes';
import { os } from './os';
import { packagesRoutes } from './packages-routes';
import * as divisionsSvc from '../services/division-service';
import * as institutionsSvc from '../services/institution-service';
import * as assessmentsSvc from '../services/assessment-service';
import * as setupSvc from '../services/setup-service';
import * as personsSvc from '../services/person-service';
import * as photoSvc from '../services/photo-service';
import * as surveySvc from '../services/survey-service';
import * as enrolSvc from '../services/enrolment-service';
import * as reviewSvc from '../services/review-service';
import * as staffSvc from '../services/staff-service';
import * as trainingSvc from '../services/training-service';
import * as permitSvc from '../services/permit-service';
import * as staffingSvc from '../services/staffing-service';
import * as volunteerSvc from '../services/volunteer-service';
import * as printSvc from '../documents/print-service';
import * as cardSvc from '../services/card-service';

/**
 * Handlers named area/action. Every caller is the local clerk's own UI (the host has already
 * checked the token or the MessagePort); each handler trusts only its zod-validated input and
 * the actor the host put in the context.
 */
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
    // Any session; IDs come back masked.
    recipients: os.institutions.recipients.handler(({ context, input }) => enrolSvc.institutionRecipients(context, input.id)),
  },
  settings: {
    // Any session; read only.
    permitPattern: os.settings.permitPattern.handler(({ context }) => permitSvc.permitPatternSetting(context)),
    // Trusts validated input; the pattern itself is checked (one {seq}, a {year}, known placeholders).
    setPermitPattern: os.settings.setPermitPattern.handler(({ context, input }) => permitSvc.setPermitPattern(context, input.pattern)),
  },
  documents: {
    // Any session; read only. Params are validated per document key.
    render: os.documents.render.handler(({ context, input }) => printSvc.renderDocument(context, input.key, input.params)),
    pdf: os.documents.pdf.handler(({ context, input }) => printSvc.documentPdf(context, input.key, input.params)),
    recordPrint: os.documents.recordPrint.handler(({ context, input }) => {
      printSvc.recordPrint(context, input.request.key, printSvc.renderDocument(context, input.request.key, input.request.params), input.copies, 'print');
      return { ok: true as const };
    }),
    columns: os.documents.columns.handler(({ context, input }) => printSvc.rosterColumns(context, input.key)),
    // Trusts only known column keys of that roster.
    setColumns: os.documents.setColumns.handler(({ context, input }) => printSvc.setRosterColumns(context, input.key, input.columns)),
    history: os.documents.history.handler(({ context, input }) => printSvc.printHistory(context, input)),
  },
  cards: {
    // Trusts validated input; each person is checked here (active, in care, no live card) and refused ones are reported.
    request: os.cards.request.handler(({ context, input }) => cardSvc.requestCards(context, input)),
    // Any session; read only, IDs masked.
    list: os.cards.list.handler(({ context, input }) => cardSvc.listCards(context, input)),
    // The clerk's confirmation after printing; refuses the whole batch if one card is not waiting to be printed.
    markPrinted: os.cards.markPrinted.handler(({ context, input }) => cardSvc.markPrinted(context, input)),
    // Refuses the whole batch if one card has not been confirmed as printed.
    handOver: os.cards.handOver.handler(({ context, input }) => cardSvc.handOver(context, input)),
  },
  persons: {
    // Any session; IDs and phones come back masked, the search key picks the index.
    list: os.persons.list.handler(({ context, input }) => personsSvc.listPersons(context, input)),
    get: os.persons.get.handler(({ context, input }) => personsSvc.getPerson(context, input.id)),
    // Unmasked for the edit form; the read itself is audited.
    getForEdit: os.persons.getForEdit.handler(({ context, input }) => personsSvc.getPersonForEdit(context, input.id)),
    // One click to see the full ID; the read itself is audited.
    reveal: os.persons.reveal.handler(({ context, input }) => personsSvc.revealPerson(context, input.id)),
    // Returns only id and name of an existing holder, for the form's duplicate link.
    findByResidentId: os.persons.findByResidentId.handler(({ context, input }) => personsSvc.findByResidentId(context, input.residentId)),
    // Trusts validated input; places, duplicate ID and certificate agreement are checked again here.
    create: os.persons.create.handler(({ context, input }) => personsSvc.createPerson(context, input)),
    update: os.persons.update.handler(({ context, input }) => personsSvc.updatePerson(context, input)),
    archive: os.persons.archive.handler(({ context, input }) => personsSvc.archivePerson(context, input)),
    history: os.persons.history.handler(({ context, input }) => personsSvc.personHistory(context, input.id)),
    photo: os.persons.photo.handler(({ context, input }) => photoSvc.getPhoto(context, 'person', input.id)),
    // Trusts nothing of the upload: type is read from the bytes, size is capped.
    setPhoto: os.persons.setPhoto.handler(({ context, input }) => photoSvc.setPhoto(context, 'person', input)),
    surveys: os.persons.surveys.handler(({ context, input }) => surveySvc.listSurveys(context, input.id)),
    addSurvey: os.persons.addSurvey.handler(({ context, input }) => surveySvc.addSurvey(context, input)),
    enrolments: os.persons.enrolments.handler(({ context, input }) => enrolSvc.listEnrolments(context, input.id)),
    // Trusts validated input; one open enrolment, mode offered and capacity are checked here.
    enrol: os.persons.enrol.handler(({ context, input }) => enrolSvc.enrol(context, input)),
    exit: os.persons.exit.handler(({ context, input }) => enrolSvc.exitEnrolment(context, input)),
    // Any session; read only.
    annualReview: os.persons.annualReview.handler(({ context, input }) => reviewSvc.annualReview(context, input)),
  },
  staff: {
    // Any session; IDs and phones masked.
    list: os.staff.list.handler(({ context, input }) => staffSvc.listStaff(context, input)),
    get: os.staff.get.handler(({ context, input }) => staffSvc.getStaff(context, input.id)),
    // Unmasked reads are audited.
    getForEdit: os.staff.getForEdit.handler(({ context, input }) => staffSvc.getStaffForEdit(context, input.id)),
    reveal: os.staff.reveal.handler(({ context, input }) => staffSvc.revealStaff(context, input.id)),
    // Trusts validated input; employer and duplicate ID are checked in the service.
    create: os.staff.create.handler(({ context, input }) => staffSvc.createStaff(context, input)),
    update: os.staff.update.handler(({ context, input }) => staffSvc.updateStaff(context, input)),
    archive: os.staff.archive.handler(({ context, input }) => staffSvc.archiveStaff(context, input)),
    history: os.staff.history.handler(({ context, input }) => staffSvc.staffHistory(context, input.id)),
    photo: os.staff.photo.handler(({ context, input }) => photoSvc.getPhoto(context, 'staff', input.id)),
    // Trusts nothing of the upload: type read from the bytes, size capped.
    setPhoto: os.staff.setPhoto.handler(({ context, input }) => photoSvc.setPhoto(context, 'staff', input)),
    qualifications: os.staff.qualifications.handler(({ context, input }) => trainingSvc.listQualifications(context, input.id)),
    addQualification: os.staff.addQualification.handler(({ context, input }) => trainingSvc.addQualification(context, input)),
    training: os.staff.training.handler(({ context, input }) => trainingSvc.listTraining(context, input.id)),
    addTraining: os.staff.addTraining.handler(({ context, input }) => trainingSvc.addTraining(context, input)),
    // One session, many attendees, one transaction.
    addTrainingSession: os.staff.addTrainingSession.handler(({ context, input }) => trainingSvc.addTrainingSession(context, input)),
    permits: os.staff.permits.handler(({ context, input }) => permitSvc.listPermits(context, input.id)),
    // Trusts validated input; passed training, one valid permit and the sequence are enforced here.
    issuePermit: os.staff.issuePermit.handler(({ context, input }) => permitSvc.issuePermit(context, input)),
    changePermitStatus: os.staff.changePermitStatus.handler(({ context, input }) => permitSvc.changePermitStatus(context, input)),
    renewPermit: os.staff.renewPermit.handler(({ context, input }) => permitSvc.renewPermit(context, input)),
    // Any session; read only.
    permitWorklist: os.staff.permitWorklist.handler(({ context, input }) => permitSvc.permitWorklist(context, input)),
    staffing: os.staff.staffing.handler(({ context }) => staffingSvc.staffingCounts(context)),
  },
  volunteers: {
    list: os.volunteers.list.handler(({ context, input }) => volunteerSvc.listVolunteers(context, input)),
    // Trusts validated input; linked institutions and persons must exist.
    create: os.volunteers.create.handler(({ context, input }) => volunteerSvc.createVolunteer(context, input)),
    update: os.volunteers.update.handler(({ context, input }) => volunteerSvc.updateVolunteer(context, input)),
    archive: os.volunteers.archive.handler(({ context, input }) => volunteerSvc.archiveVolunteer(context, input)),
  },
  imports: importsRoutes,
  exports: exportsRoutes,
  packages: packagesRoutes,
});

export type AppRouter = typeof router;
