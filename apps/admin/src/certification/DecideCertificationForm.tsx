import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { CertificationOutcome, OfferingFieldsFragment } from '../gql/graphql';
import { ClaimFieldset, type Claim } from '../provider/ClaimFieldset';
import { certificationInput, type CertificationDraft, type CertificationDraftMissing } from './certificationDraft';
import { DecideCertificationMutation } from './graphql';

export interface DecideCertificationFormProps {
  offering: OfferingFieldsFragment;
  onDecided(offering: OfferingFieldsFragment): void;
  onReload(): void;
}

/** Certify all or part of the claimed (sub)themes for a period, or reject with grounds (decideCertification with the version read). */
export function DecideCertificationForm({ offering, onDecided, onReload }: DecideCertificationFormProps) {
  const { t } = useTranslation();
  const claimed: Claim = { themeCodes: offering.claimedThemes.map((theme) => theme.code), subthemeCodes: offering.claimedSubthemes.map((sub) => sub.code) };
  const [draft, setDraft] = useState<CertificationDraft>({ outcome: null, scope: claimed, validFrom: '', validUntil: '', grounds: '' });
  const [missing, setMissing] = useState<CertificationDraftMissing | null>(null);
  const [decide, { loading, error, reset }] = useMutation(DecideCertificationMutation);
  const id = `certify-${offering.id}`;
  const update = (change: Partial<CertificationDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setMissing(null);
  };

  async function submit() {
    reset();
    const result = certificationInput(draft, claimed);
    if (!result.ok) return setMissing(result.missing);
    try {
      const { data } = await decide({ variables: { id: offering.id, version: offering.version, input: result.input } });
      if (data) onDecided(data.decideCertification);
    } catch {
      // shown below
    }
  }

  const certifying = draft.outcome === 'CERTIFIED';
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: '44rem' }} data-testid="certification-form">
      <FormControl required error={missing === 'outcome'}>
        <FormLabel id={`${id}-outcome`}>{t('certificationQueue.outcome')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby={`${id}-outcome`}
          aria-describedby={missing === 'outcome' ? `${id}-outcome-error` : undefined}
          value={draft.outcome ?? ''}
          onChange={(event) => update({ outcome: event.target.value as CertificationOutcome })}>
          <FormControlLabel value="CERTIFIED" control={<Radio />} label={t('certificationQueue.certify')} />
          <FormControlLabel value="REJECTED" control={<Radio />} label={t('certificationQueue.reject')} />
        </RadioGroup>
        {missing === 'outcome' && <FormHelperText id={`${id}-outcome-error`}>{t('certificationQueue.outcomeRequired')}</FormHelperText>}
      </FormControl>
      {certifying && claimed.themeCodes.length + claimed.subthemeCodes.length > 0 && (
        <ClaimFieldset
          id={`${id}-scope`}
          legend={t('certificationQueue.scope')}
          hint={t('certificationQueue.scopeHint')}
          error={missing === 'scope' ? t('certificationQueue.scopeRequired') : undefined}
          themes={offering.claimedThemes}
          subthemes={offering.claimedSubthemes}
          value={draft.scope}
          onChange={(scope) => update({ scope })}
        />
      )}
      {certifying && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          {(['validFrom', 'validUntil'] as const).map((field) => (
            <TextField
              key={field}
              id={`${id}-${field}`}
              type="date"
              label={t(`certificationQueue.${field}`)}
              helperText={t('certificationQueue.periodHint')}
              value={draft[field]}
              onChange={(event) => update({ [field]: event.target.value })}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          ))}
        </Box>
      )}
      <TextField
        id={`${id}-grounds`}
        label={t('certificationQueue.grounds')}
        multiline
        minRows={2}
        required={draft.outcome === 'REJECTED'}
        value={draft.grounds}
        onChange={(event) => update({ grounds: event.target.value })}
        error={missing === 'grounds'}
        helperText={missing === 'grounds' ? t('certificationQueue.groundsRequired') : t('certificationQueue.groundsHint')}
      />
      <ApiErrorAlert
        error={error}
        fallback={t('common.saveFailed')}
        onReload={() => {
          reset();
          onReload();
        }}
      />
      <Box>
        <Button variant="contained" onClick={() => void submit()} loading={loading}>
          {t('certificationQueue.submit')}
        </Button>
      </Box>
    </Box>
  );
}
