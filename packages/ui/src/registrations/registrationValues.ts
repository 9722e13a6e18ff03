/**
 * The register's public enums as the GraphQL API spells them. The apps' generated types are the same
 * string unions, so their values fit these props without mapping.
 */
export const REGISTRATION_STATUSES = ['ACTIVE', 'CONDITIONAL', 'EXPIRED', 'DEREGISTERED'] as const;
export type RegistrationStatusValue = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_TITLES = ['RDO', 'RADO'] as const;
export type RegistrationTitleValue = (typeof REGISTRATION_TITLES)[number];

export const QUALIFICATION_LEVELS = ['BASISBEKWAAM', 'VAKBEKWAAM', 'MASTER'] as const;
export type QualificationLevelValue = (typeof QUALIFICATION_LEVELS)[number];

export const LEARNING_ROUTES = ['FORMAL', 'INFORMAL'] as const;
export type LearningRouteValue = (typeof LEARNING_ROUTES)[number];

export function isRegistrationStatus(value: unknown): value is RegistrationStatusValue {
  return typeof value === 'string' && (REGISTRATION_STATUSES as readonly string[]).includes(value);
}

export function isRegistrationTitle(value: unknown): value is RegistrationTitleValue {
  return typeof value === 'string' && (REGISTRATION_TITLES as readonly string[]).includes(value);
}
