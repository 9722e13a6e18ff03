import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../forms/VisuallyHidden';

/**
 * "Download als JSON" and "Download als PDF" of the personal-data export (the API's
 * `/personal-data/me.*` for the leader, `/personal-data/leaders/:id.*` for staff), with the session cookie.
 */
export function PersonalDataDownloads({ leaderId, labels }: { leaderId?: string; labels: { json: string; pdf: string } }) {
  const { t } = useTranslation();
  const base = leaderId ? `/personal-data/leaders/${encodeURIComponent(leaderId)}` : '/personal-data/me';
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
      {(['json', 'pdf'] as const).map((format) => (
        <Button key={format} variant="outlined" href={`${base}.${format}`} download data-testid={`personal-data-${format}`}>
          {labels[format]}
          <VisuallyHidden> {t('common.downloads')}</VisuallyHidden>
        </Button>
      ))}
    </Box>
  );
}

/** On a leader's case file (staff): that leader's export, as the leader downloads it. */
export function PersonalDataSection({ leaderId }: { leaderId: string }) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="personal-data-heading" sx={{ mt: 3 }}>
      <Typography id="personal-data-heading" variant="h3" sx={{ fontSize: '1.15rem', mb: 1 }}>
        {t('dataRequests.caseFile.title')}
      </Typography>
      <Typography sx={{ mb: 1.5 }}>{t('dataRequests.caseFile.intro')}</Typography>
      <PersonalDataDownloads leaderId={leaderId} labels={{ json: t('dataRequests.caseFile.json'), pdf: t('dataRequests.caseFile.pdf') }} />
    </Box>
  );
}
