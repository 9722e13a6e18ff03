import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { formatDate, formatDateTime, useRegistrationLabels } from '@srpo/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CredentialVerificationFieldsFragment } from '../gql/graphql';
import { entryPath } from '../routes';

const SEVERITY = { VALID: 'success', REVOKED: 'error', NOT_YET_VALID: 'warning' } as const;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <>
      <Typography component="dt" sx={{ fontWeight: 600 }}>
        {term}
      </Typography>
      <Typography component="dd" sx={{ m: 0, mb: { xs: 1, sm: 0 }, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </>
  );
}

/**
 * The register's answer on a credential in plain words: genuine or not, valid now, revoked (with the reason) or
 * not yet valid; for whom, which title and period, who issued it and when the check ran. The details of a
 * credential whose signature fails are not shown: nothing in such a file is the register's word.
 */
export function VerificationResult({ verification: v }: { verification: CredentialVerificationFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const labels = useRegistrationLabels();
  const date = (value: string) => formatDate(value, i18n.language);
  const genuine = v.signatureValid;
  const period = v.validFrom
    ? v.validUntil
      ? t('verification.periodBetween', { from: date(v.validFrom), until: date(v.validUntil) })
      : t('verification.periodOpen', { from: date(v.validFrom) })
    : null;

  return (
    <Box data-testid="verification-result" data-genuine={genuine} data-status={v.status}>
      <Alert severity={genuine ? SEVERITY[v.status] : 'error'} sx={{ mb: 2 }}>
        <Typography sx={{ fontWeight: 600 }} data-testid="verification-verdict">
          {genuine ? t(`verification.verdict.${v.status}`) : t('verification.verdict.forged')}
        </Typography>
        {v.problem && <Typography data-testid="verification-problem">{t('verification.reason', { problem: v.problem })}</Typography>}
      </Alert>
      {!genuine && <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('verification.forgedFacts')}</Typography>}
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(10rem, max-content) 1fr' }, columnGap: 3, rowGap: { xs: 0, sm: 1 }, m: 0 }}
      >
        {genuine && (
          <>
            <Fact term={t('verification.facts.for')}>{v.displayName}</Fact>
            <Fact term={t('verification.facts.registerNumber')}>
              {v.registerNumber && (
                <Link component={RouterLink} to={entryPath(v.registerNumber)}>
                  {t('verification.entryLink', { number: v.registerNumber })}
                </Link>
              )}
            </Fact>
            <Fact term={t('verification.facts.title')}>{v.title && `${labels.title(v.title, v.aspirant ?? false)} (${labels.titleName(v.title)})`}</Fact>
            <Fact term={t('verification.facts.period')}>{period}</Fact>
            <Fact term={t('verification.facts.status')}>{t(`verification.status.${v.status}`)}</Fact>
          </>
        )}
        <Fact term={t('verification.facts.issuer')}>{v.issuerName}</Fact>
        <Fact term={t('verification.facts.checkedAt')}>{formatDateTime(v.checkedAt, i18n.language)}</Fact>
      </Box>
    </Box>
  );
}
