import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { HowToVerify } from '../verification/HowToVerify';
import { RichText } from './RichText';

/** For third parties: how a leader's proof of registration is built and checked, with the API's verification queries. */
export function CredentialsSection({ headingId, headingSx }: { headingId: string; headingSx: object }) {
  const { t } = useTranslation();
  return (
    <HowToVerify id={headingId} headingSx={headingSx}>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
        <RichText text={t('verification.howTo.api')} />
      </Typography>
    </HowToVerify>
  );
}
