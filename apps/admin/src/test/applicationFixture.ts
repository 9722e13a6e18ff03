import type { ApplicationFieldsFragment } from '../gql/graphql';

/** An application as the API sends it (ApplicationFields), submitted and waiting for staff; override what a test needs. */
export function applicationFixture(overrides: Partial<ApplicationFieldsFragment> = {}): ApplicationFieldsFragment {
  return {
    __typename: 'Application',
    id: '5a3c2f4e-8d1b-4c6a-9e7f-0b1d2c3e4f50',
    kind: 'INITIAL',
    status: 'SUBMITTED',
    version: 3,
    submittedAt: '2026-10-01T09:30:00.000Z',
    leaderFunction: 'DIRECTOR',
    requestedTitle: 'RDO',
    qualificationRoute: 'CERTIFIED_PROGRAMME',
    reRegistrationRoute: null,
    claimedLevel: 'VAKBEKWAAM',
    evidenceDate: '2025-06-30',
    institution: 'Academie voor Schoolleiders',
    certificationValidFrom: '2023-01-01',
    certificationValidUntil: null,
    enrolledOn: null,
    expectedEndDate: null,
    nvaoAccredited: null,
    alignedWithStandard: null,
    leaderNote: null,
    staffMessage: null,
    leader: { __typename: 'LeaderSummary', id: 'l1', displayName: 'Jan van Dijk', registerNumber: '100042' },
    meeting: null,
    documents: [
      {
        __typename: 'EvidenceDocument',
        id: 'd1',
        fileName: 'diploma.pdf',
        contentType: 'application/pdf',
        sizeBytes: 204800,
        uploadedAt: '2026-10-01T09:00:00.000Z',
      },
    ],
    decision: null,
    ...overrides,
  };
}
