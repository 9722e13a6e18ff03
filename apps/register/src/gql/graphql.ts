/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** FORMAL (certified offering) or INFORMAL (validated informal learning). */
export type LearningRoute =
  | 'FORMAL'
  | 'INFORMAL';

/** BASIC_PROGRAMME (school-leader programme leading to basisbekwaam or vakbekwaam), VAKBEKWAAM_PROGRAMME, MASTER, COURSE, ASSESSMENT, EVC. */
export type OfferingKind =
  | 'ASSESSMENT'
  | 'BASIC_PROGRAMME'
  | 'COURSE'
  | 'EVC'
  | 'MASTER'
  | 'VAKBEKWAAM_PROGRAMME';

/** What a register number stands for on the asked date. */
export type PublicLookupOutcome =
  /** A known register number whose leader was not registered on that date (not yet, or only enrolled). */
  | 'NOT_REGISTERED_ON_DATE'
  /** Registered on that date: `registration` holds the public entry. */
  | 'REGISTERED'
  /** No leader has this register number. */
  | 'UNKNOWN_REGISTER_NUMBER';

/** Qualification level: BASISBEKWAAM < VAKBEKWAAM < MASTER. */
export type QualificationLevel =
  | 'BASISBEKWAAM'
  | 'MASTER'
  | 'VAKBEKWAAM';

/** ACTIVE; CONDITIONAL ("onder voorwaarden": the first six months after the due date without re-registration); EXPIRED ("herregistratie verlopen"); DEREGISTERED (left the register). */
export type RegistrationStatus =
  | 'ACTIVE'
  | 'CONDITIONAL'
  | 'DEREGISTERED'
  | 'EXPIRED';

/** RDO (Registerdirecteur Onderwijs) or RADO (Registeradjunct-directeur Onderwijs). */
export type RegistrationTitle =
  | 'RADO'
  | 'RDO';

export type RegisterEntryQueryVariables = Exact<{
  registerNumber: string;
  asOf?: string | null | undefined;
}>;


export type RegisterEntryQuery = { __typename: 'Query', publicRegistrationLookup: { __typename: 'PublicRegistrationLookup', registerNumber: string, outcome: PublicLookupOutcome, registration: { __typename: 'PublicRegistration', registerNumber: string, displayName: string, title: RegistrationTitle, aspirant: boolean, qualificationLevel: QualificationLevel | null, status: RegistrationStatus, registeredOn: string, reRegistrationDue: string | null, aspirantUntil: string | null, expiresOn: string | null, deregisteredOn: string | null, periodStartsOn: string, completedThemes: Array<{ __typename: 'PublicThemeCompletion', completedOn: string, route: LearningRoute, theme: { __typename: 'PublicThemeRef', code: string, name: string } }>, boards: Array<{ __typename: 'PublicBoard', name: string }> } | null } };

export type CertifiedOfferingsQueryVariables = Exact<{
  themeCode?: string | null | undefined;
  query?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CertifiedOfferingsQuery = { __typename: 'Query', certifiedOfferings: { __typename: 'OfferingConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'OfferingEdge', cursor: string, node: { __typename: 'PublicOffering', id: string, title: string, kind: OfferingKind, leadsToLevel: QualificationLevel | null, description: string, hours: number | null, learningGoals: string, programme: string, priceCents: number | null, certifiedFrom: string, certifiedUntil: string, owner: { __typename: 'PublicOfferingOwner', name: string, website: string | null }, themes: Array<{ __typename: 'PublicThemeRef', code: string, name: string }>, subthemes: Array<{ __typename: 'PublicThemeRef', code: string, name: string }>, upcomingExecutions: Array<{ __typename: 'PublicExecution', id: string, startsOn: string, endsOn: string, location: string | null, online: boolean, capacity: number | null }> } }> } };

export type OfferingThemeOptionsQueryVariables = Exact<{
  activeOn?: string | null | undefined;
}>;


export type OfferingThemeOptionsQuery = { __typename: 'Query', themes: Array<{ __typename: 'Theme', id: string, code: string, name: string }> };

export type SearchRegisterQueryVariables = Exact<{
  query?: string | null | undefined;
  status?: Array<RegistrationStatus> | RegistrationStatus | null | undefined;
  title?: Array<RegistrationTitle> | RegistrationTitle | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchRegisterQuery = { __typename: 'Query', searchRegister: { __typename: 'PublicRegistrationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PublicRegistrationEdge', cursor: string, node: { __typename: 'PublicRegistration', registerNumber: string, displayName: string, title: RegistrationTitle, aspirant: boolean, status: RegistrationStatus, reRegistrationDue: string | null, aspirantUntil: string | null, boards: Array<{ __typename: 'PublicBoard', name: string }> } }> } };

export type PublicThemesQueryVariables = Exact<{
  activeOn?: string | null | undefined;
}>;


export type PublicThemesQuery = { __typename: 'Query', themes: Array<{ __typename: 'Theme', id: string, code: string, name: string, description: string, isWildcard: boolean, subthemes: Array<{ __typename: 'Subtheme', id: string, code: string, name: string, description: string | null }> }> };


export const RegisterEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registerNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicRegistrationLookup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registerNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registerNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"aspirant"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reRegistrationDue"}},{"kind":"Field","name":{"kind":"Name","value":"aspirantUntil"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"route"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterEntryQuery, RegisterEntryQueryVariables>;
export const CertifiedOfferingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertifiedOfferings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"themeCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certifiedOfferings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"themeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"themeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"leadsToLevel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"learningGoals"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifiedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subthemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingExecutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CertifiedOfferingsQuery, CertifiedOfferingsQueryVariables>;
export const OfferingThemeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferingThemeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OfferingThemeOptionsQuery, OfferingThemeOptionsQueryVariables>;
export const SearchRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationTitle"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"aspirant"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reRegistrationDue"}},{"kind":"Field","name":{"kind":"Name","value":"aspirantUntil"}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchRegisterQuery, SearchRegisterQueryVariables>;
export const PublicThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicThemes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isWildcard"}},{"kind":"Field","name":{"kind":"Name","value":"subthemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<PublicThemesQuery, PublicThemesQueryVariables>;