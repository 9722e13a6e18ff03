import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { ErrorMessage, formatNumber, LoadingIndicator, useDocumentTitle } from '@srpo/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { LegacyImportQuery as LegacyImportData } from '../gql/graphql';
import { StaffNav } from '../staff/StaffNav';
import { CheckLegacyImportMutation, LegacyImportQuery, RunLegacyImportMutation } from './graphql';
import { LegacyImportReport } from './LegacyImportReport';
import { LegacyImportTemplate } from './LegacyImportTemplate';
import { LegacyImportUpload } from './LegacyImportUpload';
import { legacyKindLabel } from './legacyKinds';

/** How often the page asks how far a running pass is. */
const POLL_MS = 1_000;
const RUNNING_STATES = new Set(['DRY_RUN_QUEUED', 'DRY_RUN_RUNNING', 'RUN_QUEUED', 'RUN_RUNNING']);

/** `/medewerker/import`: staff upload the old register's export, check it with a dry run, then import it (the import's id is in the address). */
export function LegacyImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('legacyImport.title') }));
  const [params, setParams] = useSearchParams();
  const importId = params.get('import');
  const [check] = useMutation(CheckLegacyImportMutation);

  async function started(id: string) {
    await check({ variables: { id } });
    setParams({ import: id });
  }

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.STAFF.title')}
      </Typography>
      <StaffNav />
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
        {t('legacyImport.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('legacyImport.intro')}</Typography>
      {importId ? <ImportStatus importId={importId} onAgain={() => setParams({})} /> : <LegacyImportUpload onUploaded={started} />}
      <LegacyImportTemplate />
    </>
  );
}

/** Where an import is: its state and files, progress per kind while a pass runs (polled), the reports, and the run behind a confirmation. */
function ImportStatus({ importId, onAgain }: { importId: string; onAgain(): void }) {
  const { t } = useTranslation();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(LegacyImportQuery, { variables: { id: importId }, pollInterval: POLL_MS });
  const [check, checking] = useMutation(CheckLegacyImportMutation);
  const legacyImport = data?.legacyImport;
  const running = !legacyImport || (RUNNING_STATES.has(legacyImport.state) && !legacyImport.failed);
  // Polls while a pass is queued or running; a started run (its mutation answers the new state) polls again.
  useEffect(() => {
    if (running) startPolling(POLL_MS);
    else stopPolling();
  }, [running, startPolling, stopPolling]);

  if (error && !legacyImport) return <ErrorMessage message={t('legacyImport.loadError')} onRetry={() => void refetch()} />;
  if (!legacyImport) return <LoadingIndicator />;
  return (
    <Box data-testid="legacy-import" data-state={legacyImport.state}>
      <Typography sx={{ fontWeight: 600 }} role="status">
        {t('legacyImport.state', { state: t(`legacyImport.states.${legacyImport.state}`) })}
      </Typography>
      <Typography sx={{ overflowWrap: 'anywhere' }}>{t('legacyImport.files', { names: legacyImport.fileNames.join(', ') })}</Typography>
      {legacyImport.failed && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {t('legacyImport.failed')}
        </Alert>
      )}
      {legacyImport.state === 'UPLOADED' && !legacyImport.failed && (
        <>
          <ApiErrorAlert error={checking.error} fallback={t('legacyImport.run.failed')} />
          <Button variant="contained" sx={{ mt: 2 }} disabled={checking.loading} onClick={() => void check({ variables: { id: importId } }).catch(() => undefined)}>
            {t('legacyImport.upload.check')}
          </Button>
        </>
      )}
      {running && <ImportProgress progress={legacyImport.progress} />}
      {legacyImport.dryRunReport && <LegacyImportReport importId={importId} pass="DRY_RUN" report={legacyImport.dryRunReport} />}
      {legacyImport.state === 'DRY_RUN_DONE' && !legacyImport.failed && <RunButton legacyImport={legacyImport} />}
      {legacyImport.runReport && (
        <>
          <LegacyImportReport importId={importId} pass="RUN" report={legacyImport.runReport} />
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('legacyImport.report.idempotent')}
          </Alert>
        </>
      )}
      {!running && (
        <Button variant="outlined" sx={{ mt: 3 }} onClick={onAgain}>
          {t('legacyImport.again')}
        </Button>
      )}
    </Box>
  );
}

type Progress = LegacyImportData['legacyImport']['progress'];

/** Rows processed per kind: a bar each (determinate once the total is known). */
function ImportProgress({ progress }: { progress: Progress }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <Box component="section" aria-labelledby="legacy-progress-heading" sx={{ mt: 2, display: 'grid', gap: 1.5, maxWidth: '40rem' }} data-testid="legacy-progress">
      <Typography id="legacy-progress-heading" variant="h3" sx={{ fontSize: '1.25rem' }}>
        {t('legacyImport.progressHeading')}
      </Typography>
      {progress.length === 0 && <LinearProgress aria-label={t('legacyImport.progressHeading')} />}
      {progress.map((kind) => {
        const label = legacyKindLabel(t, kind.kind);
        const text = kind.total ? t('legacyImport.processedOf', { processed: number(kind.processed), total: number(kind.total) }) : t('legacyImport.processed', { processed: number(kind.processed) });
        return (
          <Box key={kind.kind}>
            <Typography>
              {label}: {text}
            </Typography>
            <LinearProgress
              variant={kind.total ? 'determinate' : 'indeterminate'}
              value={kind.total ? Math.min(100, (kind.processed / kind.total) * 100) : undefined}
              aria-label={t('legacyImport.progressLabel', { kind: label })}
              aria-valuetext={text}
            />
          </Box>
        );
      })}
    </Box>
  );
}

/** "Importeren" behind a confirmation that says how many rows it stores. */
function RunButton({ legacyImport }: { legacyImport: LegacyImportData['legacyImport'] }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [run, { loading, error, reset }] = useMutation(RunLegacyImportMutation);
  const changes = (legacyImport.dryRunReport?.counts ?? []).reduce((sum, count) => sum + count.created + count.updated, 0);

  async function confirm() {
    try {
      await run({ variables: { id: legacyImport.id } });
      setOpen(false);
    } catch {
      // shown by ApiErrorAlert in the dialog
    }
  }

  return (
    <>
      <Button variant="contained" sx={{ mt: 3 }} onClick={() => setOpen(true)}>
        {t('legacyImport.run.button')}
      </Button>
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
          reset();
        }}
        aria-labelledby="legacy-run-title"
        aria-describedby="legacy-run-text"
      >
        <DialogTitle id="legacy-run-title">{t('legacyImport.run.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText id="legacy-run-text">{t('legacyImport.run.confirmText', { count: changes, formattedCount: formatNumber(changes, i18n.language) })}</DialogContentText>
          <ApiErrorAlert error={error} fallback={t('legacyImport.run.failed')} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('legacyImport.run.cancel')}</Button>
          <Button variant="contained" onClick={() => void confirm()} disabled={loading}>
            {t('legacyImport.run.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
