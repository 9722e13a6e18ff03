import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import { CaptionedTable } from '../grid/CaptionedTable';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore, useDocumentTitle } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { documentUrl } from '../applications/DocumentList';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import { VisuallyHidden } from '../forms/VisuallyHidden';
import type { CompletionFieldsFragment } from '../gql/graphql';
import { paths, pathWithId } from '../routes';
import { StaffNav } from '../staff/StaffNav';
import { useCertificateOfferings } from './executions';
import { CertificatesToVerifyQuery, VerifyCertificateMutation } from './graphql';

/** `/medewerker/certificaten`: certificates submitted by leaders, oldest first, to approve or reject (with a reason). */
export function VerifyCertificatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: t('certificates.verify.title') }));
  const labels = useApplicationLabels();
  const { data, error, refetch, fetchMore } = useQuery(CertificatesToVerifyQuery, { fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'certificatesToVerify', fetchMore);
  const { index } = useCertificateOfferings();
  const [verify, verifying] = useMutation(VerifyCertificateMutation);
  const [rejecting, setRejecting] = useState<CompletionFieldsFragment | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  async function decide(completion: CompletionFieldsFragment, approve: boolean, note: string | null): Promise<boolean> {
    setDone(null);
    try {
      await verify({ variables: { id: completion.id, version: completion.version, approve, reason: note } });
      const name = completion.leader.displayName;
      setDone(approve ? t('certificates.verify.approved', { name }) : t('certificates.verify.rejected', { name }));
      void refetch();
      return true;
    } catch {
      return false; // shown by ApiErrorAlert
    }
  }

  function closeReject() {
    setRejecting(null);
    setReason('');
    setReasonMissing(false);
    verifying.reset();
  }

  async function confirmReject() {
    if (!rejecting) return;
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    if (await decide(rejecting, false, reason.trim())) closeReject();
  }

  let content;
  if (error && !data) content = <ErrorMessage message={t('certificates.verify.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else if (data.certificatesToVerify.edges.length === 0) content = <Typography>{t('certificates.verify.none')}</Typography>;
  else
    content = (
      <CaptionedTable caption={t('certificates.verify.caption')} data-testid="certificates-to-verify">
        <TableHead>
          <TableRow>
            {(['leader', 'offering', 'execution', 'completedOn', 'file', 'action'] as const).map((column) => (
              <TableCell key={column} component="th" scope="col">
                {t(`certificates.verify.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.certificatesToVerify.edges.map(({ node: completion }) => {
            const known = index.get(completion.executionId);
            const name = completion.leader.displayName;
            return (
              <TableRow key={completion.id} data-testid="certificate-to-verify">
                <TableCell>
                  <Link component={RouterLink} to={pathWithId(paths.staffLeader, completion.leader.id)}>
                    {name}
                  </Link>{' '}
                  ({completion.leader.registerNumber})
                </TableCell>
                <TableCell>
                  {completion.offeringTitle ? t('certificates.form.offeringOption', { title: completion.offeringTitle, provider: completion.ownerName ?? '—' }) : t('certificates.unknownOffering')}
                </TableCell>
                <TableCell>
                  {known
                    ? t('certificates.verify.executionDates', { from: labels.date(known.execution.startsOn), until: labels.date(known.execution.endsOn) })
                    : t('certificates.verify.executionId', { id: completion.executionId })}
                </TableCell>
                <TableCell>{labels.date(completion.completedOn)}</TableCell>
                <TableCell>
                  {completion.document ? (
                    <Link href={documentUrl(completion.document.id)} download data-testid="certificate-file">
                      {completion.document.fileName}
                      <VisuallyHidden> {t('common.downloads')}</VisuallyHidden>
                    </Link>
                  ) : (
                    t('certificates.verify.noFile')
                  )}
                </TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                    <Button
                      variant="contained"
                      size="small"
                      disabled={verifying.loading}
                      aria-label={t('certificates.verify.approveFor', { name })}
                      onClick={() => void decide(completion, true, null)}
                    >
                      {t('certificates.verify.approve')}
                    </Button>
                    <Button
                      variant="outlined"
                      color="error"
                      size="small"
                      disabled={verifying.loading}
                      aria-label={t('certificates.verify.rejectFor', { name })}
                      onClick={() => {
                        verifying.reset();
                        setDone(null);
                        setRejecting(completion);
                      }}
                    >
                      {t('certificates.verify.reject')}
                    </Button>
                  </Box>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </CaptionedTable>
    );

  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('certificates.verify.title')}
      </Typography>
      <StaffNav />
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('certificates.verify.intro')}</Typography>
      {done && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {done}
        </Alert>
      )}
      {!rejecting && <ApiErrorAlert error={verifying.error} fallback={t('common.saveFailed')} onReload={() => void refetch()} />}
      {content}
      <LoadMoreButton {...more} />
      <Dialog open={rejecting !== null} onClose={closeReject} aria-labelledby="reject-certificate-title" fullWidth maxWidth="sm">
        <DialogTitle id="reject-certificate-title">
          {t('certificates.verify.rejectTitle', { name: rejecting?.leader.displayName ?? '' })}
        </DialogTitle>
        <DialogContent>
          <TextField
            id="reject-certificate-reason"
            label={t('certificates.verify.reason')}
            required
            multiline
            minRows={3}
            fullWidth
            sx={{ mt: 1 }}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonMissing(false);
            }}
            error={reasonMissing}
            helperText={reasonMissing ? t('certificates.verify.reasonRequired') : undefined}
          />
          <ApiErrorAlert error={verifying.error} fallback={t('common.saveFailed')} onReload={() => void refetch()} />
        </DialogContent>
        <DialogActions>
          <Button onClick={closeReject}>{t('common.cancel')}</Button>
          <Button variant="contained" color="error" loading={verifying.loading} onClick={() => void confirmReject()}>
            {t('certificates.verify.confirmReject')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
