import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { RegistrationStatusChip, useRegistrationLabels } from '@srpo/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FactList } from '../applications/FactList';
import { useApplicationLabels } from '../applications/useApplicationLabels';
import type { RegistrationCardFieldsFragment } from '../gql/graphql';

export interface RegistrationCardProps {
  profile: RegistrationCardFieldsFragment;
  /** `self`: the leader's own card ("Mijn registratie", addressed to them); `staff`: the register office's view. */
  audience?: 'self' | 'staff';
  /** Extra content at the bottom of the card (e.g. staff's "Uitschrijven"). */
  children?: ReactNode;
}

/** A leader's registration: title, level, status and dates, with what CONDITIONAL and EXPIRED mean. */
export function RegistrationCard({ profile, audience = 'self', children }: RegistrationCardProps) {
  const { t } = useTranslation();
  const labels = useApplicationLabels();
  const registration = useRegistrationLabels();
  const r = profile.registration;
  const date = (value: string | null | undefined) => (value ? labels.date(value) : null);
  const self = audience === 'self';

  return (
    <Card variant="outlined" component="section" aria-labelledby="registration-heading" sx={{ mb: 4 }}>
      <CardContent>
        <Typography id="registration-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 2 }}>
          {self ? t('leader.registration.title') : t('leaderPage.registration')}
        </Typography>
        {r ? (
          <>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2 }}>
              <Typography component="span" sx={{ fontWeight: 600 }}>
                {t('leader.registration.status')}
              </Typography>
              <RegistrationStatusChip status={r.status} size="medium" />
            </Box>
            {r.status === 'CONDITIONAL' && (
              <Alert severity="warning" sx={{ mb: 2 }} data-testid="status-explanation">
                {t(self ? 'leader.registration.conditional' : 'leaderPage.conditional', { due: date(r.reRegistrationDue) ?? '', until: date(r.expiresOn) ?? '' })}
              </Alert>
            )}
            {r.status === 'EXPIRED' && (
              <Alert severity="error" sx={{ mb: 2 }} data-testid="status-explanation">
                {t(self ? 'leader.registration.expired' : 'leaderPage.expired', { due: date(r.reRegistrationDue) ?? '', since: date(r.expiresOn) ?? '' })}
              </Alert>
            )}
            <FactList
              facts={[
                { term: t('leader.registration.registerNumber'), value: <span data-testid="register-number">{profile.registerNumber}</span> },
                { term: t('leader.registration.titleLabel'), value: `${registration.title(r.title, r.aspirant)} (${registration.titleName(r.title)})` },
                { term: t('leader.registration.aspirantUntil'), value: r.aspirant ? date(r.aspirantUntil) ?? t('common.yes') : null },
                { term: t('leader.registration.level'), value: r.level ? registration.level(r.level) : null },
                { term: t('leader.registration.registeredOn'), value: date(r.registeredOn) },
                { term: t('leader.registration.due'), value: r.reRegistrationDue ? <span data-testid="re-registration-due">{date(r.reRegistrationDue)}</span> : null },
                { term: t('leader.registration.expiresOn'), value: date(r.expiresOn) },
                { term: t('leader.registration.deregisteredOn'), value: date(r.deregisteredOn) },
              ]}
            />
          </>
        ) : (
          <>
            <Typography sx={{ mb: 2, maxWidth: '70ch' }}>
              {self
                ? t('leader.registration.none', { date: labels.date(profile.enrolledOn) })
                : t('leaderPage.noRegistration', { name: profile.displayName, date: labels.date(profile.enrolledOn) })}
            </Typography>
            <FactList facts={[{ term: t('leader.registration.registerNumber'), value: <span data-testid="register-number">{profile.registerNumber}</span> }]} />
          </>
        )}
        {children}
      </CardContent>
    </Card>
  );
}
