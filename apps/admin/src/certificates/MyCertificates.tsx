import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { CaptionedTable } from '../grid/CaptionedTable';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ErrorMessage, LoadingIndicator, LoadMoreButton, useConnectionLoadMore } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import { ObjectionButton } from '../objections/ObjectionButton';
import { AddCertificateDialog } from './AddCertificateDialog';
import { useCertificateOfferings } from './executions';
import { MyCompletionsQuery } from './graphql';
import { completionStatusLabel } from './status';

/** "Mijn certificaten": the leader's completions (recorded by a provider or submitted as certificate) and "Certificaat toevoegen". */
export function MyCertificates() {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(MyCompletionsQuery, { fetchPolicy: 'cache-and-network' });
  const more = useConnectionLoadMore(data, 'myCompletions', fetchMore);
  const { index } = useCertificateOfferings();

  let list;
  if (error && !data) list = <ErrorMessage message={t('certificates.mine.loadError')} onRetry={() => void refetch()} />;
  else if (!data) list = <LoadingIndicator />;
  else if (data.myCompletions.edges.length === 0) list = <Typography>{t('certificates.mine.none')}</Typography>;
  else
    list = (
      <CaptionedTable caption={t('certificates.mine.caption')} data-testid="my-certificates">
        <TableHead>
          <TableRow>
            {(['offering', 'provider', 'completedOn', 'status'] as const).map((column) => (
              <TableCell key={column} component="th" scope="col">
                {t(`certificates.columns.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.myCompletions.edges.map(({ node: completion }) => {
            const known = index.get(completion.executionId);
            return (
              <TableRow key={completion.id} data-testid="my-certificate" data-status={completion.status}>
                <TableCell>{completion.offeringTitle ?? known?.offering.title ?? t('certificates.unknownOffering')}</TableCell>
                <TableCell>{completion.ownerName ?? known?.offering.owner.name ?? '—'}</TableCell>
                <TableCell>{labels.date(completion.completedOn)}</TableCell>
                <TableCell>
                  {completionStatusLabel(t, completion.status)}
                  {completion.handlingNote ? `: ${completion.handlingNote}` : ''}
                  {completion.source === 'LEADER_CERTIFICATE' && completion.handledOn && (completion.status === 'VERIFIED' || completion.status === 'REJECTED') && (
                    <Box sx={{ mt: 1 }}>
                      <ObjectionButton
                        decisionKind="CERTIFICATE_VERIFICATION"
                        decisionId={completion.id}
                        decidedOn={completion.handledOn}
                        objections={completion.objections}
                        staleLists={['myCompletions']}
                      />
                    </Box>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </CaptionedTable>
    );

  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)} sx={{ mb: 2 }}>
        {t('certificates.add')}
      </Button>
      {sent && (
        <Alert severity="success" role="status" sx={{ mb: 2 }}>
          {t('certificates.form.sent')}
        </Alert>
      )}
      {list}
      <LoadMoreButton {...more} />
      <AddCertificateDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmitted={() => {
          setSent(true);
          void refetch();
        }}
      />
    </>
  );
}
