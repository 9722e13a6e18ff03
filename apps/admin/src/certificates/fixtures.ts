import type { MockLink } from '@apollo/client/testing';
import { CertificateOfferingsQuery } from './graphql';

/** A certificate as the API returns it (CompletionFields). */
export function completion(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Completion',
    id: 'c1',
    executionId: 'e1',
    completedOn: '2026-03-01',
    source: 'LEADER_CERTIFICATE',
    status: 'PENDING_VERIFICATION',
    handledOn: null,
    handlingNote: null,
    version: 1,
    offeringTitle: 'Leiderschap in verandering',
    ownerName: 'Academie Noord',
    document: { __typename: 'EvidenceDocument', id: 'd1', fileName: 'certificaat.pdf', sizeBytes: 2048 },
    objections: [],
    leader: { __typename: 'LeaderSummary', id: 'l1', displayName: 'Fatima el Amrani', registerNumber: 'SR-000123' },
    ...overrides,
  };
}

/** The catalogue: one certified course with two executions. */
export const offeringsMock: MockLink.MockedResponse = {
  request: { query: CertificateOfferingsQuery },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      __typename: 'Query',
      certifiedOfferings: {
        __typename: 'OfferingConnection',
        edges: [
          {
            __typename: 'OfferingEdge',
            node: {
              __typename: 'PublicOffering',
              id: 'o1',
              title: 'Leiderschap in verandering',
              owner: { __typename: 'PublicOfferingOwner', name: 'Academie Noord' },
              upcomingExecutions: [
                { __typename: 'PublicExecution', id: 'e1', startsOn: '2026-02-01', endsOn: '2026-12-01', location: 'Utrecht', online: false },
                { __typename: 'PublicExecution', id: 'e2', startsOn: '2026-09-01', endsOn: '2027-01-31', location: null, online: true },
              ],
              recentExecutions: [],
            },
          },
        ],
      },
    },
  },
};
