import { useRegistrationLabels } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import type { ApplicationFieldsFragment } from '../gql/graphql';
import { FactList, type Fact } from './FactList';
import { useApplicationLabels } from './useApplicationLabels';

/** Every field of an application that is filled in: what is asked, the qualification claim, the workflow. */
export function ApplicationFacts({ application, showLeader = true }: { application: ApplicationFieldsFragment; showLeader?: boolean }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();
  const date = (value: string | null | undefined) => (value ? labels.date(value) : null);
  const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? null : value ? t('common.yes') : t('common.no'));
  const a = application;
  const facts: Fact[] = [
    ...(showLeader ? [{ term: t('application.leader'), value: `${a.leader.displayName} (${a.leader.registerNumber})` }] : []),
    { term: t('application.kind'), value: labels.kind(a.kind) },
    { term: t('application.status'), value: labels.status(a.status) },
    { term: t('application.leaderFunction'), value: labels.leaderFunction(a.leaderFunction) },
    { term: t('application.requestedTitle'), value: `${registration.title(a.requestedTitle)} (${registration.titleName(a.requestedTitle)})` },
    { term: t('application.route'), value: a.qualificationRoute ? labels.route(a.qualificationRoute) : null },
    { term: t('application.claimedLevel'), value: a.claimedLevel ? registration.level(a.claimedLevel) : null },
    { term: t('application.institution'), value: a.institution },
    { term: t('application.certificationValidFrom'), value: date(a.certificationValidFrom) },
    { term: t('application.certificationValidUntil'), value: date(a.certificationValidUntil) },
    { term: t('application.evidenceDate'), value: date(a.evidenceDate) },
    { term: t('application.enrolledOn'), value: date(a.enrolledOn) },
    { term: t('application.expectedEndDate'), value: date(a.expectedEndDate) },
    { term: t('application.nvaoAccredited'), value: yesNo(a.nvaoAccredited) },
    { term: t('application.alignedWithStandard'), value: yesNo(a.alignedWithStandard) },
    { term: t('application.leaderNote'), value: a.leaderNote },
    { term: t('application.submittedAt'), value: a.submittedAt ? labels.dateTime(a.submittedAt) : null },
    { term: t('application.staffMessage'), value: a.staffMessage },
    {
      term: t('application.meeting'),
      value: a.meeting ? [labels.date(a.meeting.meetingDate), a.meeting.location].filter(Boolean).join(', ') : null,
    },
  ];
  return <FactList facts={facts} />;
}
