import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import { CaptionedTable } from '../grid/CaptionedTable';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { parseCalendarDate } from '@srpo/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { OfferingFieldsFragment } from '../gql/graphql';
import { paths } from '../routes';
import { PublishExecutionMutation } from './graphql';
import { useOfferingLabels } from './useOfferingLabels';

/** The page of an execution's participants. */
export function executionPath(offeringId: string, executionId: string): string {
  return paths.providerExecution.replace(':offeringId', encodeURIComponent(offeringId)).replace(':id', encodeURIComponent(executionId));
}

function PublishExecutionForm({ offeringId, onPublished }: { offeringId: string; onPublished(): void }) {
  const { t } = useTranslation();
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [location, setLocation] = useState('');
  const [online, setOnline] = useState(false);
  const [capacity, setCapacity] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [published, setPublished] = useState(false);
  const [publish, { loading, error }] = useMutation(PublishExecutionMutation);

  async function submit() {
    setPublished(false);
    const from = parseCalendarDate(startsOn);
    const until = parseCalendarDate(endsOn);
    if (!from || !until) return setInvalid(true);
    const places = Number.parseInt(capacity, 10);
    try {
      await publish({ variables: { offeringId, input: { startsOn: from, endsOn: until, location: location.trim() || null, online, capacity: Number.isFinite(places) ? places : null } } });
      setPublished(true);
      onPublished();
    } catch {
      // shown below
    }
  }

  const dateProps = { required: true, error: invalid, slotProps: { inputLabel: { shrink: true } } } as const;
  return (
    <Box component="form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }} aria-labelledby="publish-heading" sx={{ mt: 3 }}>
      <Typography id="publish-heading" variant="h3" sx={{ fontSize: '1.15rem', mb: 1 }}>
        {t('provider.executions.publish')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
        <TextField id="execution-starts" type="date" label={t('provider.executions.startsOn')} value={startsOn} onChange={(event) => { setStartsOn(event.target.value); setInvalid(false); }} {...dateProps} />
        <TextField id="execution-ends" type="date" label={t('provider.executions.endsOn')} value={endsOn} onChange={(event) => { setEndsOn(event.target.value); setInvalid(false); }} {...dateProps} helperText={invalid ? t('provider.executions.datesRequired') : undefined} />
        <TextField id="execution-location" label={t('provider.executions.location')} value={location} onChange={(event) => setLocation(event.target.value)} />
        <TextField id="execution-capacity" type="number" label={t('provider.executions.capacity')} value={capacity} onChange={(event) => setCapacity(event.target.value)} sx={{ maxWidth: '10rem' }} slotProps={{ htmlInput: { min: 1 } }} />
        <FormControlLabel control={<Checkbox checked={online} onChange={(event) => setOnline(event.target.checked)} />} label={t('provider.executions.onlineLabel')} sx={{ mt: 1 }} />
        <Button type="submit" variant="contained" loading={loading} sx={{ mt: 1 }}>
          {t('provider.executions.publish')}
        </Button>
      </Box>
      <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      {published && (
        <Alert severity="success" role="status" sx={{ mt: 2 }}>
          {t('provider.executions.published')}
        </Alert>
      )}
    </Box>
  );
}

/** The offering's executions, each leading to its participants, and (when certified) "Uitvoering publiceren". */
export function ExecutionsSection({ offering, onChanged }: { offering: OfferingFieldsFragment; onChanged(): void }) {
  const { t } = useTranslation();
  const labels = useOfferingLabels();
  return (
    <Box component="section" aria-labelledby="executions-heading" sx={{ mt: 4 }}>
      <Typography id="executions-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 2 }}>
        {t('provider.executions.title')}
      </Typography>
      {offering.executions.length === 0 ? (
        <Typography>{t('provider.executions.none')}</Typography>
      ) : (
        <CaptionedTable caption={t('provider.executions.caption')} sx={{ maxWidth: '52rem' }} data-testid="executions">
          <TableHead>
            <TableRow>
              {(['dates', 'place', 'capacity', 'completions'] as const).map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`provider.executions.columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {offering.executions.map((execution) => {
              const dates = labels.period(execution.startsOn, execution.endsOn);
              return (
                <TableRow key={execution.id} data-testid="execution">
                  <TableCell>{dates}</TableCell>
                  <TableCell>{[execution.location, execution.online ? t('provider.executions.online') : null].filter(Boolean).join(', ') || '—'}</TableCell>
                  <TableCell>{execution.capacity ?? '—'}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={executionPath(offering.id, execution.id)}>
                      {t('provider.executions.openCompletions', { dates })}
                    </Link>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </CaptionedTable>
      )}
      {offering.currentCertification ? (
        <PublishExecutionForm offeringId={offering.id} onPublished={onChanged} />
      ) : (
        <Typography sx={{ mt: 2 }}>{t('provider.executions.onlyCertified')}</Typography>
      )}
    </Box>
  );
}
