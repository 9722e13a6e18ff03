import { useRegistrationLabels } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { BoardLeadersQuery } from '../gql/graphql';

export type BoardLeaderRow = BoardLeadersQuery['boardLeaders']['edges'][number]['node'];

/** What the board list says of a leader's employments and title (the grid and its cards on a phone). */
export function useBoardLeaderCells() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();
  return {
    employment: (row: BoardLeaderRow) =>
      row.employments
        .filter((employment) => !employment.endsOn)
        .map((employment) => [labels.leaderFunction(employment.function), employment.schoolName].filter(Boolean).join(', '))
        .join('; '),
    title: (row: BoardLeaderRow) => (row.registration ? registration.title(row.registration.title, row.registration.aspirant) : t('board.notRegistered')),
  };
}
