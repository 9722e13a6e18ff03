import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { addVerificationStrings } from './verificationStrings';

/** Where the API publishes the issuer's keys (current and retired); nginx and Vite send it to the API. */
export const DID_DOCUMENT_PATH = '/.well-known/did.json';

export interface HowToVerifyProps {
  /** Anchor of the heading (the API page links to it from its table of contents). */
  id: string;
  headingSx?: object;
  /** More for the reader of this page (the API page adds the GraphQL queries). */
  children?: ReactNode;
}

/** What a proof of registration is and how a verifier checks one without this site: signature, period, status list. */
export function HowToVerify({ id, headingSx, children }: HowToVerifyProps) {
  const { t, i18n } = useTranslation();
  addVerificationStrings(i18n);
  const didUrl = `${window.location.origin}${DID_DOCUMENT_PATH}`;
  const textSx = { mb: 2, maxWidth: '70ch' } as const;

  return (
    <Box component="section" aria-labelledby={id} sx={{ minWidth: 0 }}>
      <Typography variant="h2" id={id} sx={{ fontSize: '1.5rem', mt: 4, mb: 2, ...headingSx }}>
        {t('verification.howTo.title')}
      </Typography>
      <Typography sx={textSx}>{t('verification.howTo.what')}</Typography>
      <Typography sx={textSx}>{t('verification.howTo.thisSite')}</Typography>
      <Box component="ol" sx={{ maxWidth: '70ch', pl: 3, mt: 0, mb: 2, '& li': { mb: 1 }, overflowWrap: 'anywhere' }}>
        <li>
          <Trans i18nKey="verification.howTo.signature" values={{ url: didUrl }} components={{ did: <Link href={DID_DOCUMENT_PATH} /> }} />
        </li>
        <li>{t('verification.howTo.period')}</li>
        <li>{t('verification.howTo.status')}</li>
      </Box>
      <Typography sx={textSx}>{t('verification.howTo.privacy')}</Typography>
      {children}
    </Box>
  );
}
