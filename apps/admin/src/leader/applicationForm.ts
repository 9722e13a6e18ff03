import type {
  ApplicationFieldsFragment,
  ApplicationInput,
  ApplicationKind,
  LeaderFunction,
  QualificationLevel,
  QualificationRoute,
  ReRegistrationRoute,
  RegistrationTitle,
} from '../gql/graphql';

/** The kinds a leader applies for in this form; RE_REGISTRATION only with a registration (see `formKinds`). */
export const FORM_KINDS = ['INITIAL', 'ASPIRANT', 'LEVEL_CHANGE', 'RE_REGISTRATION'] as const satisfies readonly ApplicationKind[];
export type FormKind = (typeof FORM_KINDS)[number];

/** The kinds offered: re-registration only to a leader who has a registration. */
export function formKinds(hasRegistration: boolean): readonly FormKind[] {
  return hasRegistration ? FORM_KINDS : FORM_KINDS.filter((kind) => kind !== 'RE_REGISTRATION');
}

/** How a re-registration requirement is met (DESIGN §3.5). */
export const RE_REGISTRATION_ROUTES = ['THEMES', 'NVAO_MASTER', 'VAKBEKWAAM_PROGRAMME'] as const satisfies readonly ReRegistrationRoute[];

export const FORM_ROUTES = ['CERTIFIED_PROGRAMME', 'NVAO_MASTER', 'ASSESSMENT', 'EVC', 'DIPLOMA_EVALUATION'] as const satisfies readonly QualificationRoute[];

export type DateField = 'certificationValidFrom' | 'certificationValidUntil' | 'evidenceDate' | 'enrolledOn' | 'expectedEndDate';
export type ClaimField = 'claimedLevel' | 'institution' | DateField | 'nvaoAccredited' | 'alignedWithStandard';

export interface ApplicationFormState {
  kind: FormKind;
  leaderFunction: LeaderFunction;
  requestedTitle: RegistrationTitle;
  qualificationRoute: QualificationRoute | '';
  reRegistrationRoute: ReRegistrationRoute | '';
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
  reRegistrationRoute: '',
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
/** Re-registration: THEMES asks nothing (the register's completions count); the others the diploma. */
export const RE_REGISTRATION_FIELDS: Readonly<Record<ReRegistrationRoute, readonly ClaimField[]>> = {
  THEMES: [],
  NVAO_MASTER: ['nvaoAccredited', 'alignedWithStandard', 'evidenceDate', 'institution'],
  VAKBEKWAAM_PROGRAMME: ['institution', 'certificationValidFrom', 'certificationValidUntil', 'evidenceDate'],
};
export const ASPIRANT_FIELDS: readonly ClaimField[] = ['claimedLevel', 'institution', 'certificationValidFrom', 'certificationValidUntil', 'enrolledOn', 'expectedEndDate'];

/** Which set of labels and fields applies: the aspirant programme, a route, a re-registration route, or none chosen yet. */
export type FieldContext = QualificationRoute | 'ASPIRANT' | `RE_${ReRegistrationRoute}`;

type RouteState = Pick<ApplicationFormState, 'kind' | 'qualificationRoute'> & Partial<Pick<ApplicationFormState, 'reRegistrationRoute'>>;

export function fieldContext(state: RouteState): FieldContext | null {
  if (state.kind === 'ASPIRANT') return 'ASPIRANT';
  if (state.kind === 'RE_REGISTRATION') return state.reRegistrationRoute ? `RE_${state.reRegistrationRoute}` : null;
  return state.qualificationRoute || null;
}

/** The claim fields shown for the chosen kind and route, in form order. */
export function visibleFields(state: RouteState): readonly ClaimField[] {
  if (state.kind === 'ASPIRANT') return ASPIRANT_FIELDS;
  if (state.kind === 'RE_REGISTRATION') return state.reRegistrationRoute ? RE_REGISTRATION_FIELDS[state.reRegistrationRoute] : [];
  return state.qualificationRoute ? ROUTE_FIELDS[state.qualificationRoute] : [];
}

/** The API input: only the fields of the chosen route are sent, the others are cleared. */
export function toApplicationInput(state: ApplicationFormState): ApplicationInput {
  const shown = new Set(visibleFields(state));
  const text = (field: 'institution' | DateField) => (shown.has(field) && state[field].trim() ? state[field].trim() : null);
  const flag = (field: 'nvaoAccredited' | 'alignedWithStandard') => (shown.has(field) ? state[field] : null);
  const reRegistration = state.kind === 'RE_REGISTRATION';
  const reRegistrationRoute = reRegistration ? state.reRegistrationRoute || null : null;
  let claimedLevel: QualificationLevel | null = shown.has('claimedLevel') && state.claimedLevel ? state.claimedLevel : null;
  // The vakbekwaam programme leads to vakbekwaam: the level is implied by the route.
  if (reRegistrationRoute === 'VAKBEKWAAM_PROGRAMME') claimedLevel = 'VAKBEKWAAM';
  return {
    leaderFunction: state.leaderFunction,
    requestedTitle: state.requestedTitle,
    qualificationRoute: state.kind === 'ASPIRANT' || reRegistration ? null : state.qualificationRoute || null,
    reRegistrationRoute,
    claimedLevel,
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
    reRegistrationRoute: application.reRegistrationRoute ?? '',
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
