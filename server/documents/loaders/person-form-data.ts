import type { ServiceContext } from '#server/kernel';
import { listEnrolments } from '#server/services/enrolment-service';
import { getPerson } from '#server/services/person-service';
import { listSurveys } from '#server/services/survey-service';
import type { PersonFormData } from '../person-form';
import { loadHeading } from './heading';
import { photoUrl } from './photo';

/** The person, the open enrolment, the latest needs survey and the photo. */
export function loadPersonForm(ctx: ServiceContext, params: { id: number }): PersonFormData {
  const person = getPerson(ctx, params.id);
  const enrolment = listEnrolments(ctx, person.id).find((e) => e.endDate === null) ?? null;
  const survey = listSurveys(ctx, person.id)[0] ?? null;
  const heading = loadHeading(ctx);
  return { heading, person, enrolment, survey, photo: photoUrl(ctx, 'person', person.id) };
}
