import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CalendarDate } from '@srpo/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { asOfFieldText, readAsOf } from './asOfDate';

export interface AsOfFormProps {
  /** The date shown (from `?peildatum=`), if any. */
  asOf: CalendarDate | null;
  today: CalendarDate;
  onChange: (asOf: CalendarDate) => void;
  /** Heading, introduction and the refusal of a date after today, in the words of what the page shows. */
  title: string;
  intro: string;
  futureMessage: string;
  /** Back to today, offered while a date is shown. */
  todayLink: { to: string; label: string };
}

/**
 * "Bekijk … op een datum" (a register entry, the register's figures): a past date, with a shareable URL.
 * A plain text field, so a date typed the Dutch way (31-12-2020) is accepted as typed.
 */
export function AsOfForm({ asOf, today, onChange, title, intro, futureMessage, todayLink }: AsOfFormProps) {
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
        {title}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{intro}</Typography>
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1.5 }}>
        <TextField
          name="peildatum"
          label={t('entry.asOf.label')}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={problem !== null}
          helperText={problem === 'future' ? futureMessage : problem === 'invalid' ? t('entry.asOf.invalid') : t('entry.asOf.hint')}
          autoComplete="off"
          sx={{ flex: '0 1 16rem', minWidth: 0 }}
          slotProps={{ input: { sx: { bgcolor: 'background.paper' } }, htmlInput: { spellCheck: false }, formHelperText: { sx: { mx: 0 } } }}
        />
        <Button type="submit" variant="outlined" size="large" sx={{ minHeight: 56 }}>
          {t('entry.asOf.submit')}
        </Button>
      </Box>
      {asOf && (
        <Link component={RouterLink} to={todayLink.to} sx={{ display: 'inline-block', mt: 1.5 }}>
          {todayLink.label}
        </Link>
      )}
    </Box>
  );
}
