import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { evidenceComplete } from '../applications/ApplicationChecks';
import type { ApplicationCheckFieldsFragment, ApplicationFieldsFragment } from '../gql/graphql';
import { MarkApplicationCompleteMutation } from './graphql';
import { ReturnDialog } from './ReturnDialog';
import { ScheduleDialog } from './ScheduleDialog';
import { availableStaffActions, type StaffAction } from './staffActions';
import { staleLists } from '../paging/staleLists';

/** The staff steps this application's status allows, each passing the version that is on screen. */
export function StaffActions({
  application,
  evidence,
  onReload,
}: {
  application: ApplicationFieldsFragment;
  /** The evidence the rules require: without it "Compleet" is disabled (the API refuses it too). */
  evidence?: ApplicationCheckFieldsFragment['evidence'];
  onReload(): void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<StaffAction | null>(null);
  const [markComplete, complete] = useMutation(MarkApplicationCompleteMutation, { update: staleLists('applicationCounts', 'applications') });
  const actions = availableStaffActions(application.status);
  const completeBlocked = actions.includes('MARK_COMPLETE') && evidence !== undefined && !evidenceComplete(evidence);

  if (actions.length === 0) return <Typography>{t('staff.actions.none')}</Typography>;
  return (
    <>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }} data-testid="staff-actions">
        {actions.map((action) => (
          <Button
            key={action}
            variant={action === 'RETURN' ? 'outlined' : 'contained'}
            loading={action === 'MARK_COMPLETE' && complete.loading}
            disabled={action === 'MARK_COMPLETE' && completeBlocked}
            aria-describedby={action === 'MARK_COMPLETE' && completeBlocked ? 'complete-blocked' : undefined}
            onClick={() => {
              if (action !== 'MARK_COMPLETE') return setDialog(action);
              markComplete({ variables: { id: application.id, version: application.version } }).catch(() => undefined);
            }}
          >
            {t(`staff.actions.${action}`)}
          </Button>
        ))}
      </Box>
      {completeBlocked && (
        <Typography id="complete-blocked" sx={{ mt: 1, maxWidth: '70ch' }} data-testid="complete-blocked">
          {t('checks.completeBlocked')}
        </Typography>
      )}
      <ApiErrorAlert
        error={complete.error}
        fallback={t('common.saveFailed')}
        onReload={() => {
          complete.reset();
          onReload();
        }}
      />
      <ReturnDialog application={application} open={dialog === 'RETURN'} onClose={() => setDialog(null)} onReload={onReload} />
      <ScheduleDialog application={application} open={dialog === 'SCHEDULE'} onClose={() => setDialog(null)} onReload={onReload} />
    </>
  );
}
