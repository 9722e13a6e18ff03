/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query RegisterEntry($registerNumber: String!, $asOf: Date) {\n    publicRegistrationLookup(registerNumber: $registerNumber, asOf: $asOf) {\n      registerNumber\n      outcome\n      registration {\n        registerNumber\n        displayName\n        title\n        aspirant\n        qualificationLevel\n        status\n        registeredOn\n        reRegistrationDue\n        aspirantUntil\n        expiresOn\n        deregisteredOn\n        periodStartsOn\n        completedThemes {\n          theme {\n            code\n            name\n          }\n          completedOn\n          route\n        }\n        boards {\n          name\n        }\n      }\n    }\n  }\n": typeof types.RegisterEntryDocument,
    "\n  query CertifiedOfferings($themeCode: String, $query: String, $first: Int, $after: String) {\n    certifiedOfferings(themeCode: $themeCode, query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          leadsToLevel\n          description\n          hours\n          learningGoals\n          programme\n          priceCents\n          owner {\n            name\n            website\n          }\n          certifiedFrom\n          certifiedUntil\n          themes {\n            code\n            name\n          }\n          subthemes {\n            code\n            name\n          }\n          upcomingExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n            capacity\n          }\n        }\n      }\n    }\n  }\n": typeof types.CertifiedOfferingsDocument,
    "\n  query OfferingThemeOptions($activeOn: Date) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.OfferingThemeOptionsDocument,
    "\n  query SearchRegister($query: String, $status: [RegistrationStatus!], $title: [RegistrationTitle!], $first: Int, $after: String) {\n    searchRegister(query: $query, status: $status, title: $title, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          registerNumber\n          displayName\n          title\n          aspirant\n          status\n          reRegistrationDue\n          aspirantUntil\n          boards {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchRegisterDocument,
    "\n  query PublicThemes($activeOn: Date) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      description\n      isWildcard\n      subthemes {\n        id\n        code\n        name\n        description\n      }\n    }\n  }\n": typeof types.PublicThemesDocument,
};
const documents: Documents = {
    "\n  query RegisterEntry($registerNumber: String!, $asOf: Date) {\n    publicRegistrationLookup(registerNumber: $registerNumber, asOf: $asOf) {\n      registerNumber\n      outcome\n      registration {\n        registerNumber\n        displayName\n        title\n        aspirant\n        qualificationLevel\n        status\n        registeredOn\n        reRegistrationDue\n        aspirantUntil\n        expiresOn\n        deregisteredOn\n        periodStartsOn\n        completedThemes {\n          theme {\n            code\n            name\n          }\n          completedOn\n          route\n        }\n        boards {\n          name\n        }\n      }\n    }\n  }\n": types.RegisterEntryDocument,
    "\n  query CertifiedOfferings($themeCode: String, $query: String, $first: Int, $after: String) {\n    certifiedOfferings(themeCode: $themeCode, query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          leadsToLevel\n          description\n          hours\n          learningGoals\n          programme\n          priceCents\n          owner {\n            name\n            website\n          }\n          certifiedFrom\n          certifiedUntil\n          themes {\n            code\n            name\n          }\n          subthemes {\n            code\n            name\n          }\n          upcomingExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n            capacity\n          }\n        }\n      }\n    }\n  }\n": types.CertifiedOfferingsDocument,
    "\n  query OfferingThemeOptions($activeOn: Date) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n    }\n  }\n": types.OfferingThemeOptionsDocument,
    "\n  query SearchRegister($query: String, $status: [RegistrationStatus!], $title: [RegistrationTitle!], $first: Int, $after: String) {\n    searchRegister(query: $query, status: $status, title: $title, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          registerNumber\n          displayName\n          title\n          aspirant\n          status\n          reRegistrationDue\n          aspirantUntil\n          boards {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchRegisterDocument,
    "\n  query PublicThemes($activeOn: Date) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      description\n      isWildcard\n      subthemes {\n        id\n        code\n        name\n        description\n      }\n    }\n  }\n": types.PublicThemesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterEntry($registerNumber: String!, $asOf: Date) {\n    publicRegistrationLookup(registerNumber: $registerNumber, asOf: $asOf) {\n      registerNumber\n      outcome\n      registration {\n        registerNumber\n        displayName\n        title\n        aspirant\n        qualificationLevel\n        status\n        registeredOn\n        reRegistrationDue\n        aspirantUntil\n        expiresOn\n        deregisteredOn\n        periodStartsOn\n        completedThemes {\n          theme {\n            code\n            name\n          }\n          completedOn\n          route\n        }\n        boards {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterEntry($registerNumber: String!, $asOf: Date) {\n    publicRegistrationLookup(registerNumber: $registerNumber, asOf: $asOf) {\n      registerNumber\n      outcome\n      registration {\n        registerNumber\n        displayName\n        title\n        aspirant\n        qualificationLevel\n        status\n        registeredOn\n        reRegistrationDue\n        aspirantUntil\n        expiresOn\n        deregisteredOn\n        periodStartsOn\n        completedThemes {\n          theme {\n            code\n            name\n          }\n          completedOn\n          route\n        }\n        boards {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifiedOfferings($themeCode: String, $query: String, $first: Int, $after: String) {\n    certifiedOfferings(themeCode: $themeCode, query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          leadsToLevel\n          description\n          hours\n          learningGoals\n          programme\n          priceCents\n          owner {\n            name\n            website\n          }\n          certifiedFrom\n          certifiedUntil\n          themes {\n            code\n            name\n          }\n          subthemes {\n            code\n            name\n          }\n          upcomingExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n            capacity\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertifiedOfferings($themeCode: String, $query: String, $first: Int, $after: String) {\n    certifiedOfferings(themeCode: $themeCode, query: $query, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          leadsToLevel\n          description\n          hours\n          learningGoals\n          programme\n          priceCents\n          owner {\n            name\n            website\n          }\n          certifiedFrom\n          certifiedUntil\n          themes {\n            code\n            name\n          }\n          subthemes {\n            code\n            name\n          }\n          upcomingExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n            capacity\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferingThemeOptions($activeOn: Date) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query OfferingThemeOptions($activeOn: Date) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRegister($query: String, $status: [RegistrationStatus!], $title: [RegistrationTitle!], $first: Int, $after: String) {\n    searchRegister(query: $query, status: $status, title: $title, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          registerNumber\n          displayName\n          title\n          aspirant\n          status\n          reRegistrationDue\n          aspirantUntil\n          boards {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchRegister($query: String, $status: [RegistrationStatus!], $title: [RegistrationTitle!], $first: Int, $after: String) {\n    searchRegister(query: $query, status: $status, title: $title, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          registerNumber\n          displayName\n          title\n          aspirant\n          status\n          reRegistrationDue\n          aspirantUntil\n          boards {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicThemes($activeOn: Date) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      description\n      isWildcard\n      subthemes {\n        id\n        code\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicThemes($activeOn: Date) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      description\n      isWildcard\n      subthemes {\n        id\n        code\n        name\n        description\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;