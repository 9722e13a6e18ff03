import { isEmailAddress } from '@srpo/domain';
import type { LeaderFunction } from '../gql/graphql';

/** A board or school as the pickers show it. */
export interface Choice {
  id: string;
  name: string;
}

export interface EnrolValues {
  firstName: string;
  infix: string;
  lastName: string;
  email: string;
  leaderFunction: LeaderFunction | '';
  board: Choice | null;
  schoolId: string;
  password: string;
  repeat: string;
}

export type EnrolField = keyof EnrolValues;

export const EMPTY_ENROLMENT: EnrolValues = {
  firstName: '',
  infix: '',
  lastName: '',
  email: '',
  leaderFunction: '',
  board: null,
  schoolId: '',
  password: '',
  repeat: '',
};

/** The fields in the order of the form (the error summary lists problems in this order). */
export const ENROL_FIELDS: readonly EnrolField[] = ['firstName', 'infix', 'lastName', 'leaderFunction', 'board', 'schoolId', 'email', 'password', 'repeat'];

/** Message keys (`selfService.enrol.*`) of what is missing or wrong; the password policy itself is the API's. */
export type EnrolProblem =
  | 'firstNameRequired'
  | 'lastNameRequired'
  | 'emailRequired'
  | 'emailInvalid'
  | 'functionRequired'
  | 'boardRequired'
  | 'schoolRequired'
  | 'passwordRequired'
  | 'mismatch';

export function enrolProblems(values: EnrolValues): Partial<Record<EnrolField, EnrolProblem>> {
  const problems: Partial<Record<EnrolField, EnrolProblem>> = {};
  if (!values.firstName.trim()) problems.firstName = 'firstNameRequired';
  if (!values.lastName.trim()) problems.lastName = 'lastNameRequired';
  if (!values.leaderFunction) problems.leaderFunction = 'functionRequired';
  if (!values.board) problems.board = 'boardRequired';
  if (!values.schoolId) problems.schoolId = 'schoolRequired';
  const email = values.email.trim();
  if (!email) problems.email = 'emailRequired';
  else if (!isEmailAddress(email)) problems.email = 'emailInvalid';
  if (!values.password) problems.password = 'passwordRequired';
  else if (values.repeat !== values.password) problems.repeat = 'mismatch';
  return problems;
}

/** The form field an API error is about (`extensions.field` names the input's field). */
export function fieldOfApiError(field: string | undefined): EnrolField | undefined {
  if (field === 'boardId') return 'board';
  return ENROL_FIELDS.find((candidate) => candidate === field);
}
