import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { parseCalendarDate } from '@srpo/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { entryPath } from '../routes';

export interface AsOfFormProps {
  registerNumber: string;
  /** The date in the URL (`?peildatum=`), if any. */
  asOf: string | null;
  onChange: (asOf: string) => void;
}

/** "Bekijk de registratie op een datum": lets a third party check a past date, with a shareable URL. */
export function AsOfForm({ registerNumber, asOf, onChange }: AsOfFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [value, setValue] = useState(asOf ?? '');
  const [shownAsOf, setShownAsOf] = useState(asOf);
  const [invalid, setInvalid] = useState(false);
  if (shownAsOf !== asOf) {
    setShownAsOf(asOf);
    setValue(asOf ?? '');
    setInvalid(false);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const date = parseCalendarDate(value.trim());
    setInvalid(date === null);
    if (date) onChange(date);
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
          type="date"
          label={t('entry.asOf.label')}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={invalid}
          helperText={invalid ? t('entry.asOf.invalid') : undefined}
          sx={{ flex: '0 1 14rem', minWidth: 0, bgcolor: 'background.paper' }}
          slotProps={{ inputLabel: { shrink: true } }}
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
