import { LearningRoute, QualificationLevel, RegistrationStatus, RegistrationTitle } from '@srpo/domain';
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

export { LearningRoute, QualificationLevel, RegistrationStatus, RegistrationTitle };
