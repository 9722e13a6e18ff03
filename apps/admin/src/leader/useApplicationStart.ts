import { useQuery } from '@apollo/client/react';
import { canStartApplication } from '@srpo/domain';
import { useTranslation } from 'react-i18next';
import { reasonText } from '../forms/reasonText';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { MyApplicationsQuery } from './graphql';

export interface ApplicationStart {
  /** The leader's applications, once loaded. */
  applications: readonly ApplicationFieldsFragment[] | null;
  /** Whether a new application can be started now (the domain's one-open-application rule). */
  allowed: boolean;
  /** Why not, in the user's language; null when allowed or still loading. */
  reason: string | null;
}

/** Whether the signed-in leader can start a new application, asked of the domain with their applications. */
export function useApplicationStart(): ApplicationStart {
  const { i18n } = useTranslation();
  const { data } = useQuery(MyApplicationsQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return { applications: null, allowed: false, reason: null };
  const result = canStartApplication(data.myApplications.map((application) => application.status));
  return { applications: data.myApplications, allowed: result.ok, reason: result.ok ? null : reasonText(result.reasons[0]!, i18n.language) };
}
