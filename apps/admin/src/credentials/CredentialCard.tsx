import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRegistrationLabels } from '@srpo/ui';
import { QRCodeSVG } from 'qrcode.react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FactList } from '../applications/FactList';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { MyCredentialsQuery } from '../gql/graphql';

export type ListedCredential = MyCredentialsQuery['myCredentials'][number];

const STATUS_COLOR = { VALID: 'success', REVOKED: 'error', NOT_YET_VALID: 'default' } as const;

/**
 * "Bewijs van registratie" for one registration period: title, period and status in words, the signed file to
 * download, and a QR code (with the link written out) that opens the public verification page.
 */
export function CredentialCard({ credential }: { credential: ListedCredential }) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();
  const id = useId();
  const headingId = `${id}-heading`;
  const title = registration.title(credential.title, credential.aspirant);
  const period = credential.validUntil
    ? t('credentials.periodBetween', { from: labels.date(credential.validFrom), until: labels.date(credential.validUntil) })
    : t('credentials.periodOpen', { from: labels.date(credential.validFrom) });

  return (
    <Card variant="outlined" component="article" aria-labelledby={headingId} sx={{ mb: 3 }} data-testid="credential" data-status={credential.status}>
      <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        <Box sx={{ flex: '1 1 18rem', minWidth: 0 }}>
          <Typography id={headingId} variant="h3" sx={{ fontSize: '1.2rem', mb: 2 }}>
            {t('credentials.heading', { title })}
          </Typography>
          <FactList
            facts={[
              { term: t('credentials.titleLabel'), value: `${title} (${registration.titleName(credential.title)})` },
              { term: t('credentials.period'), value: period },
              {
                term: t('credentials.statusLabel'),
                value: (
                  <>
                    <Chip label={t(`credentials.status.${credential.status}`)} color={STATUS_COLOR[credential.status]} size="small" sx={{ mr: 1 }} />
                    <Typography component="span" variant="body2">
                      {t(`credentials.statusHint.${credential.status}`)}
                    </Typography>
                  </>
                ),
              },
            ]}
          />
          <Box sx={{ mt: 2 }}>
            <Button variant="contained" href={credential.downloadUrl} download aria-describedby={`${id}-download-hint`}>
              {t('credentials.download')}
            </Button>
            <Typography id={`${id}-download-hint`} variant="body2" sx={{ mt: 1, maxWidth: '60ch' }}>
              {t('credentials.downloadHint')}
            </Typography>
          </Box>
        </Box>
        <Box component="section" aria-labelledby={`${id}-qr`} sx={{ flex: '1 1 16rem', minWidth: 0, maxWidth: '28rem' }}>
          <Typography id={`${id}-qr`} variant="h4" sx={{ fontSize: '1rem', fontWeight: 600, mb: 1 }}>
            {t('credentials.qr.heading')}
          </Typography>
          {/* Quiet zone and white ground: phone cameras read the code on any page colour. */}
          <Box sx={{ display: 'inline-block', bgcolor: '#fff', p: 1, border: 1, borderColor: 'grey.300', mb: 1 }}>
            <QRCodeSVG
              value={credential.verificationUrl}
              size={168}
              level="M"
              role="img"
              aria-label={t('credentials.qr.alt', { title })}
              data-testid="credential-qr"
            />
          </Box>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {t('credentials.qr.explanation')}
          </Typography>
          <TextField
            label={t('credentials.qr.link')}
            value={credential.verificationUrl}
            fullWidth
            multiline
            size="small"
            onFocus={(event) => event.target.select()}
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { wordBreak: 'break-all' } } }}
          />
        </Box>
      </CardContent>
    </Card>
  );
}
