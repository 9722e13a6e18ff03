import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CalendarDate } from '@srpo/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { entryPath } from '../routes';
import { asOfFieldText, readAsOf } from './asOfDate';

export interface AsOfFormProps {
  registerNumber: string;
  /** The date shown (from `?peildatum=`), if any. */
  asOf: CalendarDate | null;
  today: CalendarDate;
  onChange: (asOf: CalendarDate) => void;
}

/**
 * "Bekijk de registratie op een datum": lets a third party check a past date, with a shareable URL.
 * A plain text field, so a date typed the Dutch way (31-12-2020) is accepted as typed.
 */
export function AsOfForm({ registerNumber, asOf, today, onChange }: AsOfFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [value, setValue] = useState(asOf ? asOfFieldText(asOf) : '');
  const [shownAsOf, setShownAsOf] = useState(asOf);
  const [problem, setProblem] = useState<'invalid' | 'future' | null>(null);
  if (shownAsOf !== asOf) {
    setShownAsOf(asOf);
    setValue(asOf ? asOfFieldText(asOf) : '');
    setProblem(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reading = readAsOf(value, today);
    if (reading.kind === 'date') {
      setProblem(null);
      onChange(reading.date);
    } else setProblem(reading.kind === 'future' ? 'future' : 'invalid');
  }

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 4 }}>
      <Typography id={headingId} variant="h2" sx={{ fontSize: '1.3rem', mb: 1 }}>
        {t('entry.asOf.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('entry.asOf.intro')}</Typography>
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1.5 }}>
        <TextField
          name="peildatum"
          label={t('entry.asOf.label')}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={problem !== null}
          helperText={problem ? t(`entry.asOf.${problem}`) : t('entry.asOf.hint')}
          autoComplete="off"
          sx={{ flex: '0 1 16rem', minWidth: 0 }}
          slotProps={{ input: { sx: { bgcolor: 'background.paper' } }, htmlInput: { spellCheck: false }, formHelperText: { sx: { mx: 0 } } }}
        />
        <Button type="submit" variant="outlined" size="large" sx={{ minHeight: 56 }}>
          {t('entry.asOf.submit')}
        </Button>
      </Box>
      {asOf && (
        <Link component={RouterLink} to={entryPath(registerNumber)} sx={{ display: 'inline-block', mt: 1.5 }}>
          {t('entry.asOf.today')}
        </Link>
      )}
    </Box>
  );
}
