import { useQuery } from '@apollo/client/react';
import type { CertificateOfferingsQuery as Offerings } from '../gql/graphql';
import { CertificateOfferingsQuery } from './graphql';

export type CertificateOffering = Offerings['certifiedOfferings']['edges'][number]['node'];
export type CertificateExecution = CertificateOffering['upcomingExecutions'][number];

export interface ExecutionInfo {
  offering: CertificateOffering;
  execution: CertificateExecution;
}

/** The executions a certificate can be for: those of the past year, most recent first, then the coming ones. */
export function certificateExecutions(offering: CertificateOffering): CertificateExecution[] {
  return [...offering.recentExecutions, ...offering.upcomingExecutions];
}

/** Execution id → its offering, for the executions the catalogue exposes. */
export function executionIndex(offerings: readonly CertificateOffering[]): Map<string, ExecutionInfo> {
  const index = new Map<string, ExecutionInfo>();
  for (const offering of offerings) for (const execution of certificateExecutions(offering)) index.set(execution.id, { offering, execution });
  return index;
}

/** The certified offerings (with their recent and coming executions) and an index by execution id. */
export function useCertificateOfferings() {
  const { data, loading, error, refetch } = useQuery(CertificateOfferingsQuery, { fetchPolicy: 'cache-and-network' });
  const offerings = data?.certifiedOfferings.edges.map((edge) => edge.node) ?? [];
  return { offerings, index: executionIndex(offerings), loading, error, refetch, loaded: data !== undefined };
}
