import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { reasonText } from '../forms/reasonText';
import type { DeferralFieldsFragment } from '../gql/graphql';
import { LeaderDeferralsQuery } from './graphql';
import { DeferralList } from './MyDeferrals';

/** The rules' answer on a pending request, as `DeferralRequest.check` gives it. */
export interface DeferralCheckFields {
  allowed: boolean;
  currentDueDate?: string | null;
  maxDueDate?: string | null;
  reasons: readonly { code: string; message: string }[];
}

/** Deferrals granted before (fully or partly): what the warning counts. */
export function grantedBefore(earlier: readonly DeferralFieldsFragment[]): number {
  return earlier.filter((request) => request.status === 'GRANTED' || request.status === 'PARTLY_GRANTED').length;
}

/**
 * Beside a pending request: the leader's earlier requests, a warning when deferral was granted before,
 * and what the rules (the domain, asked by the API today) say about granting this one.
 */
export function DeferralHistory({ request, check, headingId }: { request: DeferralFieldsFragment; check: DeferralCheckFields; headingId: string }) {
  const { t, i18n } = useTranslation();
  const labels = useApplicationLabels();
  const { data } = useQuery(LeaderDeferralsQuery, { variables: { id: request.leader.id }, fetchPolicy: 'cache-and-network' });
  const earlier = (data?.leaderProfile?.deferralRequests ?? []).filter((other) => other.id !== request.id);
  const granted = grantedBefore(earlier);
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mb: 2 }} data-testid="deferral-history">
      <Typography id={headingId} variant="h3" sx={{ fontSize: '1.05rem', mb: 1 }}>
        {t('deferralHistory.title')}
      </Typography>
      {granted > 0 && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="deferral-warning">
          {t('deferralHistory.warning', { count: granted })}
        </Alert>
      )}
      {earlier.length === 0 ? <Typography sx={{ mb: 1 }}>{t('deferralHistory.none')}</Typography> : <DeferralList requests={earlier} testId="earlier-deferrals" itemTestId="earlier-deferral" />}
      {check.allowed ? (
        <Alert severity="info" data-testid="deferral-check" data-allowed="true">
          {check.maxDueDate && check.currentDueDate
            ? t('deferralHistory.allowedCap', { max: labels.date(check.maxDueDate), current: labels.date(check.currentDueDate) })
            : check.currentDueDate
              ? t('deferralHistory.allowed', { current: labels.date(check.currentDueDate) })
              : null}
        </Alert>
      ) : (
        <Alert severity="error" data-testid="deferral-check" data-allowed="false">
          {t('deferralHistory.notAllowed')}
          <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
            {check.reasons.map((reason) => (
              <li key={reason.code}>{reasonText(reason, i18n.language)}</li>
            ))}
          </ul>
        </Alert>
      )}
    </Box>
  );
}
