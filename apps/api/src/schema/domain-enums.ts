import {
  ApplicationKind,
  DeferralKind,
  DeferralOutcome,
  DeferralReason,
  ApplicationStatus,
  InformalValidationMethod,
  LeaderFunction,
  LearningRoute,
  QualificationLevel,
  QualificationRoute,
  RegistrationStatus,
  RegistrationTitle,
  ReRegistrationRoute,
} from '@srpo/domain';
import { registerEnumType } from 'type-graphql';

// The domain's enums, published once under stable GraphQL names.
registerEnumType(RegistrationTitle, {
  name: 'RegistrationTitle',
  description: 'RDO (Registerdirecteur Onderwijs) or RADO (Registeradjunct-directeur Onderwijs).',
});
registerEnumType(QualificationLevel, {
  name: 'QualificationLevel',
  description: 'Qualification level: BASISBEKWAAM < VAKBEKWAAM < MASTER.',
});
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description:
    'ACTIVE; CONDITIONAL ("onder voorwaarden": the first six months after the due date without re-registration); EXPIRED ("herregistratie verlopen"); DEREGISTERED (left the register).',
});
registerEnumType(LearningRoute, { name: 'LearningRoute', description: 'FORMAL (certified offering) or INFORMAL (validated informal learning).' });
registerEnumType(InformalValidationMethod, {
  name: 'InformalValidationMethod',
  description: 'How informal learning was validated (DESIGN §3.6): PORTFOLIO (assessed by an assessor organisation), PEER_VALIDATION (intervisie in a trio) or LEGACY (taken over from the old register by the legacy import).',
});

registerEnumType(ApplicationKind, { name: 'ApplicationKind', description: 'INITIAL registration, ASPIRANT registration, LEVEL_CHANGE, RE_REGISTRATION.' });
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'DRAFT → SUBMITTED → (RETURNED for information) → COMPLETE → SCHEDULED on a meeting → APPROVED or REJECTED; or WITHDRAWN.',
});
registerEnumType(LeaderFunction, { name: 'LeaderFunction', description: 'DIRECTOR (directeur) or DEPUTY_DIRECTOR (adjunct-directeur).' });
registerEnumType(QualificationRoute, { name: 'QualificationRoute', description: 'How the basic qualification is shown (DESIGN §3.2).' });
registerEnumType(ReRegistrationRoute, {
  name: 'ReRegistrationRoute',
  description: 'How the re-registration requirement is met (DESIGN §3.5): NVAO_MASTER, VAKBEKWAAM_PROGRAMME or THEMES (three distinct themes).',
});

registerEnumType(DeferralKind, { name: 'DeferralKind', description: 'What is deferred: the initial registration deadline or a re-registration due date.' });
registerEnumType(DeferralReason, {
  name: 'DeferralReason',
  description: 'Initial: FINISHING_PROGRAMME, OTHER_ROUTE_IN_PROCEDURE, PERSONAL_CIRCUMSTANCES. Re-registration: GROUNDED_REASON (e.g. long illness), EARLY_REGISTRANT (registered 2014/2015, at most two years).',
});
registerEnumType(DeferralOutcome, { name: 'DeferralOutcome' });

export {
  ApplicationKind,
  DeferralKind,
  DeferralOutcome,
  DeferralReason,
  ApplicationStatus,
  InformalValidationMethod,
  LeaderFunction,
  LearningRoute,
  QualificationLevel,
  QualificationRoute,
  RegistrationStatus,
  RegistrationTitle,
  ReRegistrationRoute,
};
