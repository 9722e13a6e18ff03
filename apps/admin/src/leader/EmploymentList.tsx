import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { MyProfileQuery } from '../gql/graphql';

/** Where the leader works: function, board and school, since when. */
export function EmploymentList({ employments }: { employments: MyProfileQuery['myProfile']['employments'] }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  if (employments.length === 0) return <Typography>{t('leader.employments.none')}</Typography>;
  return (
    <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
      {employments.map((employment) => (
        <li key={employment.id}>
          {t('leader.employments.line', {
            function: labels.leaderFunction(employment.function),
            where: [employment.schoolName, employment.boardName].filter(Boolean).join(', '),
            since: labels.date(employment.startsOn),
          })}
          {employment.endsOn ? ` ${t('leader.employments.until', { date: labels.date(employment.endsOn) })}` : ''}
        </li>
      ))}
    </ul>
  );
}
