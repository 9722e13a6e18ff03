import { isBefore, isValidCalendarDate, titleForFunction } from '@srpo/domain';
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

/** The form's fields that can be wrong or prefilled; their element ids are {@link FIELD_IDS}. */
export type FormField = 'leaderFunction' | 'requestedTitle' | 'qualificationRoute' | 'reRegistrationRoute' | ClaimField;

export const FIELD_IDS: Readonly<Record<FormField, string>> = {
  leaderFunction: 'application-function',
  requestedTitle: 'application-title',
  qualificationRoute: 'application-route',
  reRegistrationRoute: 'application-re-registration-route',
  claimedLevel: 'application-claimedLevel',
  institution: 'application-institution',
  certificationValidFrom: 'application-certificationValidFrom',
  certificationValidUntil: 'application-certificationValidUntil',
  evidenceDate: 'application-evidenceDate',
  enrolledOn: 'application-enrolledOn',
  expectedEndDate: 'application-expectedEndDate',
  nvaoAccredited: 'application-nvaoAccredited',
  alignedWithStandard: 'application-alignedWithStandard',
};

/** What is wrong with a field; the form turns it into a Dutch message with the field's label. */
export type FieldProblem =
  | { field: FormField; problem: 'required' | 'invalidDate' | 'untilBeforeFrom' | 'endBeforeEnrolment' }
  | { field: 'reRegistrationRoute'; problem: 'themesMissing'; completed: number; required: number; missing: number };

/** The domain's theme evaluation as the API answers it (the form only reads it). */
export interface ThemeEvaluation {
  eligible: boolean;
  themesCompleted: number;
  themesRequired: number;
  themesMissing: number;
}

function endsBefore(end: string, start: string): boolean {
  const [endDate, startDate] = [end.trim(), start.trim()];
  return isValidCalendarDate(endDate) && isValidCalendarDate(startDate) && isBefore(endDate, startDate);
}

/** Claim fields a submission cannot do without (the booleans are statements, the end of a certification may be open). */
const REQUIRED_CLAIM_FIELDS: ReadonlySet<ClaimField> = new Set(['claimedLevel', 'institution', 'certificationValidFrom', 'evidenceDate', 'enrolledOn', 'expectedEndDate']);

/**
 * The problems of the form in field order. `complete` asks for everything a submission needs (else
 * only what is filled in must be valid, as for a draft). With the theme route, the domain's own
 * evaluation (from the API) says whether enough themes are completed; the form does not count itself.
 */
export function formProblems(state: ApplicationFormState, { complete, themes }: { complete: boolean; themes?: ThemeEvaluation | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (state.kind === 'RE_REGISTRATION') {
    if (!state.reRegistrationRoute) {
      if (complete) problems.push({ field: 'reRegistrationRoute', problem: 'required' });
    } else if (state.reRegistrationRoute === 'THEMES' && themes && !themes.eligible) {
      problems.push({ field: 'reRegistrationRoute', problem: 'themesMissing', completed: themes.themesCompleted, required: themes.themesRequired, missing: themes.themesMissing });
    }
  } else if (state.kind !== 'ASPIRANT' && !state.qualificationRoute && complete) {
    problems.push({ field: 'qualificationRoute', problem: 'required' });
  }
  const shown = visibleFields(state);
  const dateProblem = (field: DateField): boolean => {
    const value = state[field].trim();
    if (!value) {
      if (complete && REQUIRED_CLAIM_FIELDS.has(field)) problems.push({ field, problem: 'required' });
      return true;
    }
    if (!isValidCalendarDate(value)) {
      problems.push({ field, problem: 'invalidDate' });
      return true;
    }
    return false;
  };
  for (const field of shown) {
    switch (field) {
      case 'claimedLevel':
        // The vakbekwaam route implies the level.
        if (complete && !state.claimedLevel && !(state.kind === 'RE_REGISTRATION' && state.reRegistrationRoute === 'VAKBEKWAAM_PROGRAMME')) {
          problems.push({ field, problem: 'required' });
        }
        break;
      case 'institution':
        if (complete && !state.institution.trim()) problems.push({ field, problem: 'required' });
        break;
      case 'nvaoAccredited':
      case 'alignedWithStandard':
        break;
      case 'certificationValidUntil':
        if (!dateProblem(field) && endsBefore(state.certificationValidUntil, state.certificationValidFrom)) problems.push({ field, problem: 'untilBeforeFrom' });
        break;
      case 'expectedEndDate':
        if (!dateProblem(field) && endsBefore(state.expectedEndDate, state.enrolledOn)) problems.push({ field, problem: 'endBeforeEnrolment' });
        break;
      default:
        dateProblem(field);
    }
  }
  return problems;
}

/** Where a prefilled value comes from, shown beside the field. */
export type PrefillSource = { from: 'employment'; where: string } | { from: 'registration' } | { from: 'application'; decidedOn: string };

export interface Prefill {
  values: Partial<ApplicationFormState>;
  sources: Partial<Record<FormField, PrefillSource>>;
}

/** What the register already knows of the leader, as the portal loads it. */
export interface RegisterFacts {
  registration: { title: RegistrationTitle } | null;
  employments: readonly { function: LeaderFunction; schoolName: string | null; boardName: string; startsOn: string; endsOn: string | null }[];
  applications: readonly ApplicationFieldsFragment[];
}

const PROGRAMME_FIELDS = ['claimedLevel', 'institution', 'certificationValidFrom', 'certificationValidUntil', 'evidenceDate', 'enrolledOn', 'expectedEndDate'] as const;

/**
 * A new application filled with what the register knows: the function of the current employment,
 * the title of the registration (or the one that suits the function), and the programme and
 * qualification of the last approved application (an aspirant's programme is the one to finish).
 */
export function prefillFromRegister(facts: RegisterFacts, today: string): Prefill {
  const values: Partial<ApplicationFormState> = {};
  const sources: Partial<Record<FormField, PrefillSource>> = {};
  const current = [...facts.employments].filter((employment) => !employment.endsOn || employment.endsOn >= today).sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1))[0];
  if (current) {
    values.leaderFunction = current.function;
    sources.leaderFunction = { from: 'employment', where: [current.schoolName, current.boardName].filter(Boolean).join(', ') };
  }
  if (facts.registration) {
    values.requestedTitle = facts.registration.title;
    sources.requestedTitle = { from: 'registration' };
  } else if (current) {
    values.requestedTitle = titleForFunction(current.function);
    sources.requestedTitle = sources.leaderFunction;
  }
  const approved = facts.applications
    .filter((application) => application.decision?.outcome === 'APPROVED' && application.kind !== 'RE_REGISTRATION')
    .sort((a, b) => (a.decision!.decidedOn < b.decision!.decidedOn ? 1 : -1))[0];
  if (approved?.decision) {
    const source: PrefillSource = { from: 'application', decidedOn: approved.decision.decidedOn };
    const route = approved.kind === 'ASPIRANT' ? 'CERTIFIED_PROGRAMME' : approved.qualificationRoute;
    if (route) {
      values.qualificationRoute = route;
      sources.qualificationRoute = source;
    }
    for (const field of PROGRAMME_FIELDS) {
      const value = approved[field];
      if (!value) continue;
      Object.assign(values, { [field]: value });
      sources[field] = source;
    }
  }
  return { values, sources };
}
