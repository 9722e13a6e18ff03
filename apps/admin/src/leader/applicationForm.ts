import type {
  ApplicationFieldsFragment,
  ApplicationInput,
  ApplicationKind,
  LeaderFunction,
  QualificationLevel,
  QualificationRoute,
  RegistrationTitle,
} from '../gql/graphql';

/** The kinds a leader applies for in this form (re-registration has its own flow). */
export const FORM_KINDS = ['INITIAL', 'ASPIRANT', 'LEVEL_CHANGE'] as const satisfies readonly ApplicationKind[];
export type FormKind = (typeof FORM_KINDS)[number];

export const FORM_ROUTES = ['CERTIFIED_PROGRAMME', 'NVAO_MASTER', 'ASSESSMENT', 'EVC', 'DIPLOMA_EVALUATION'] as const satisfies readonly QualificationRoute[];

export type DateField = 'certificationValidFrom' | 'certificationValidUntil' | 'evidenceDate' | 'enrolledOn' | 'expectedEndDate';
export type ClaimField = 'claimedLevel' | 'institution' | DateField | 'nvaoAccredited' | 'alignedWithStandard';

export interface ApplicationFormState {
  kind: FormKind;
  leaderFunction: LeaderFunction;
  requestedTitle: RegistrationTitle;
  qualificationRoute: QualificationRoute | '';
  claimedLevel: QualificationLevel | '';
  institution: string;
  certificationValidFrom: string;
  certificationValidUntil: string;
  evidenceDate: string;
  enrolledOn: string;
  expectedEndDate: string;
  nvaoAccredited: boolean;
  alignedWithStandard: boolean;
  leaderNote: string;
}

export const EMPTY_FORM: ApplicationFormState = {
  kind: 'INITIAL',
  leaderFunction: 'DIRECTOR',
  requestedTitle: 'RDO',
  qualificationRoute: '',
  claimedLevel: '',
  institution: '',
  certificationValidFrom: '',
  certificationValidUntil: '',
  evidenceDate: '',
  enrolledOn: '',
  expectedEndDate: '',
  nvaoAccredited: false,
  alignedWithStandard: false,
  leaderNote: '',
};

/** What each route asks for (DESIGN §3.2); the aspirant kind asks for the programme the leader is enrolled in. */
export const ROUTE_FIELDS: Readonly<Record<QualificationRoute, readonly ClaimField[]>> = {
  CERTIFIED_PROGRAMME: ['claimedLevel', 'institution', 'certificationValidFrom', 'certificationValidUntil', 'evidenceDate'],
  ASSESSMENT: ['claimedLevel', 'institution', 'certificationValidFrom', 'certificationValidUntil', 'evidenceDate'],
  EVC: ['claimedLevel', 'institution', 'certificationValidFrom', 'certificationValidUntil', 'evidenceDate'],
  NVAO_MASTER: ['institution', 'nvaoAccredited', 'alignedWithStandard', 'evidenceDate'],
  DIPLOMA_EVALUATION: ['institution', 'evidenceDate'],
};
export const ASPIRANT_FIELDS: readonly ClaimField[] = ['claimedLevel', 'institution', 'certificationValidFrom', 'certificationValidUntil', 'enrolledOn', 'expectedEndDate'];

/** Which set of labels and fields applies: the aspirant programme, a route, or none chosen yet. */
export type FieldContext = QualificationRoute | 'ASPIRANT';

export function fieldContext(state: Pick<ApplicationFormState, 'kind' | 'qualificationRoute'>): FieldContext | null {
  if (state.kind === 'ASPIRANT') return 'ASPIRANT';
  return state.qualificationRoute || null;
}

/** The claim fields shown for the chosen kind and route, in form order. */
export function visibleFields(state: Pick<ApplicationFormState, 'kind' | 'qualificationRoute'>): readonly ClaimField[] {
  const context = fieldContext(state);
  if (context === null) return [];
  return context === 'ASPIRANT' ? ASPIRANT_FIELDS : ROUTE_FIELDS[context];
}

/** The API input: only the fields of the chosen route are sent, the others are cleared. */
export function toApplicationInput(state: ApplicationFormState): ApplicationInput {
  const shown = new Set(visibleFields(state));
  const text = (field: 'institution' | DateField) => (shown.has(field) && state[field].trim() ? state[field].trim() : null);
  const flag = (field: 'nvaoAccredited' | 'alignedWithStandard') => (shown.has(field) ? state[field] : null);
  return {
    leaderFunction: state.leaderFunction,
    requestedTitle: state.requestedTitle,
    qualificationRoute: state.kind === 'ASPIRANT' ? null : state.qualificationRoute || null,
    claimedLevel: shown.has('claimedLevel') && state.claimedLevel ? state.claimedLevel : null,
    institution: text('institution'),
    certificationValidFrom: text('certificationValidFrom'),
    certificationValidUntil: text('certificationValidUntil'),
    evidenceDate: text('evidenceDate'),
    enrolledOn: text('enrolledOn'),
    expectedEndDate: text('expectedEndDate'),
    nvaoAccredited: flag('nvaoAccredited'),
    alignedWithStandard: flag('alignedWithStandard'),
    leaderNote: state.leaderNote.trim() || null,
  };
}

function isFormKind(kind: ApplicationKind): kind is FormKind {
  return (FORM_KINDS as readonly string[]).includes(kind);
}

/** The form filled with a saved application (a draft, or one returned for information). */
export function formFromApplication(application: ApplicationFieldsFragment): ApplicationFormState {
  return {
    kind: isFormKind(application.kind) ? application.kind : 'INITIAL',
    leaderFunction: application.leaderFunction,
    requestedTitle: application.requestedTitle,
    qualificationRoute: application.qualificationRoute ?? '',
    claimedLevel: application.claimedLevel ?? '',
    institution: application.institution ?? '',
    certificationValidFrom: application.certificationValidFrom ?? '',
    certificationValidUntil: application.certificationValidUntil ?? '',
    evidenceDate: application.evidenceDate ?? '',
    enrolledOn: application.enrolledOn ?? '',
    expectedEndDate: application.expectedEndDate ?? '',
    nvaoAccredited: application.nvaoAccredited ?? false,
    alignedWithStandard: application.alignedWithStandard ?? false,
    leaderNote: application.leaderNote ?? '',
  };
}
