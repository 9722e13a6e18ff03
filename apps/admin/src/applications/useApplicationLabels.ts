import { formatDate, formatDateTime } from '@srpo/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationKind, ApplicationStatus, LeaderFunction, QualificationRoute } from '../gql/graphql';

export interface ApplicationLabels {
  status(status: ApplicationStatus): string;
  kind(kind: ApplicationKind): string;
  leaderFunction(value: LeaderFunction): string;
  route(route: QualificationRoute): string;
  /** A calendar date for people ("1 januari 2026"). */
  date(value: string): string;
  /** A moment (submitted, uploaded) as its date. */
  dateTime(value: string): string;
}

/** Texts for the workflow's enums and dates in the current language. */
export function useApplicationLabels(): ApplicationLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      status: (status) => t(`enums.applicationStatus.${status}`),
      kind: (kind) => t(`enums.applicationKind.${kind}`),
      leaderFunction: (value) => t(`enums.leaderFunction.${value}`),
      route: (route) => t(`enums.qualificationRoute.${route}`),
      date: (value) => formatDate(value, language),
      dateTime: (value) => formatDateTime(value, language),
    }),
    [t, language],
  );
}
