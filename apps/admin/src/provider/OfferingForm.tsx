import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { todayInAmsterdam } from '@srpo/domain';
import { ErrorMessage, QUALIFICATION_LEVELS, useRegistrationLabels } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { OfferingFieldsFragment, OfferingKind, QualificationLevel } from '../gql/graphql';
import { ClaimFieldset, type Claim } from './ClaimFieldset';
import { ClaimableThemesQuery, CreateOfferingMutation, SubmitOfferingMutation, UpdateOfferingMutation } from './graphql';
import { euroText, parseEuroCents } from './price';
import { useOfferingLabels } from './useOfferingLabels';
import { staleLists } from '../paging/staleLists';

const KINDS: readonly OfferingKind[] = ['COURSE', 'BASIC_PROGRAMME', 'VAKBEKWAAM_PROGRAMME', 'MASTER', 'ASSESSMENT', 'EVC'];

export interface OfferingFormProps {
  offering: OfferingFieldsFragment | null;
  /** After create, update or submit, with the offering as the API answered. */
  onSaved(offering: OfferingFieldsFragment, created: boolean): void;
  onReload(): void;
}

/**
 * The offering's title, kind, description, hours, learning goals, programme, price and claimed
 * (sub)themes; save, then submit for certification. While certified, only the price can change.
 */
export function OfferingForm({ offering, onSaved, onReload }: OfferingFormProps) {
  const { t } = useTranslation();
  const labels = useOfferingLabels();
  const registration = useRegistrationLabels();
  const [today] = useState(() => todayInAmsterdam(new Date()));
  const themes = useQuery(ClaimableThemesQuery, { variables: { activeOn: today } });
  const [title, setTitle] = useState(offering?.title ?? '');
  const [kind, setKind] = useState<OfferingKind>(offering?.kind ?? 'COURSE');
  const [description, setDescription] = useState(offering?.description ?? '');
  const [hours, setHours] = useState(offering?.hours?.toString() ?? '');
  const [level, setLevel] = useState<QualificationLevel | ''>(offering?.leadsToLevel ?? '');
  const [learningGoals, setLearningGoals] = useState(offering?.learningGoals ?? '');
  const [programme, setProgramme] = useState(offering?.programme ?? '');
  const [price, setPrice] = useState(euroText(offering?.priceCents));
  const [priceInvalid, setPriceInvalid] = useState(false);
  const [claim, setClaim] = useState<Claim>({
    themeCodes: offering?.claimedThemes.map((theme) => theme.code) ?? [],
    subthemeCodes: offering?.claimedSubthemes.map((sub) => sub.code) ?? [],
  });
  const [titleMissing, setTitleMissing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [create, created] = useMutation(CreateOfferingMutation, { update: staleLists('myOfferings') });
  const [update, updated] = useMutation(UpdateOfferingMutation);
  const [submitOffering, submitted] = useMutation(SubmitOfferingMutation);
  const locked = offering?.status === 'SUBMITTED';
  // Certified content is fixed while a certification lasts (the API says so): only the price stays open.
  const contentLocked = locked || Boolean(offering?.contentLocked);
  const error = created.error ?? updated.error ?? submitted.error;

  function resetAll() {
    created.reset();
    updated.reset();
    submitted.reset();
    setMessage(null);
  }

  async function save() {
    resetAll();
    if (!title.trim()) return setTitleMissing(true);
    const priceCents = parseEuroCents(price);
    if (priceCents === 'invalid') return setPriceInvalid(true);
    const parsedHours = Number.parseInt(hours, 10);
    const input = {
      title: title.trim(),
      kind,
      description: description.trim() || null,
      hours: Number.isFinite(parsedHours) ? parsedHours : null,
      learningGoals: learningGoals.trim() || null,
      programme: programme.trim() || null,
      priceCents,
      leadsToLevel: kind === 'BASIC_PROGRAMME' && level ? level : null,
      themeCodes: [...claim.themeCodes],
      subthemeCodes: [...claim.subthemeCodes],
    };
    try {
      if (offering) {
        const { data } = await update({ variables: { id: offering.id, version: offering.version, input } });
        if (data) onSaved(data.updateOffering, false);
      } else {
        const { data } = await create({ variables: { input } });
        if (data) onSaved(data.createOffering, true);
      }
      setMessage(t('provider.form.saved'));
    } catch {
      // shown below
    }
  }

  async function submit() {
    if (!offering) return;
    resetAll();
    try {
      const { data } = await submitOffering({ variables: { id: offering.id, version: offering.version } });
      if (data) onSaved(data.submitOffering, false);
      setMessage(t('provider.form.submitted'));
    } catch {
      // shown below
    }
  }

  return (
    <Box component="form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }} sx={{ display: 'grid', gap: 2, maxWidth: '44rem' }}>
      {locked && <Alert severity="info">{t('provider.form.locked')}</Alert>}
      {!locked && contentLocked && <Alert severity="info">{t('provider.form.contentLocked')}</Alert>}
      <TextField
        id="offering-title"
        label={t('provider.form.title')}
        required
        disabled={contentLocked}
        value={title}
        onChange={(event) => {
          setTitle(event.target.value);
          setTitleMissing(false);
        }}
        error={titleMissing}
        helperText={titleMissing ? t('provider.form.titleRequired') : undefined}
      />
      <TextField select id="offering-kind" label={t('provider.form.kind')} disabled={contentLocked} value={kind} onChange={(event) => setKind(event.target.value as OfferingKind)}>
        {KINDS.map((value) => (
          <MenuItem key={value} value={value}>
            {labels.kind(value)}
          </MenuItem>
        ))}
      </TextField>
      {kind === 'BASIC_PROGRAMME' && (
        <TextField select id="offering-level" label={t('provider.form.leadsToLevel')} disabled={contentLocked} value={level} onChange={(event) => setLevel(event.target.value as QualificationLevel)}>
          {QUALIFICATION_LEVELS.filter((value) => value !== 'MASTER').map((value) => (
            <MenuItem key={value} value={value}>
              {registration.level(value)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField id="offering-description" label={t('provider.form.description')} multiline minRows={3} disabled={contentLocked} value={description} onChange={(event) => setDescription(event.target.value)} />
      <TextField
        id="offering-hours"
        label={t('provider.form.hours')}
        type="number"
        disabled={contentLocked}
        value={hours}
        onChange={(event) => setHours(event.target.value)}
        slotProps={{ htmlInput: { min: 0 } }}
        sx={{ maxWidth: '14rem' }}
      />
      <TextField
        id="offering-learning-goals"
        label={t('provider.form.learningGoals')}
        helperText={t('provider.form.learningGoalsHint')}
        multiline
        minRows={3}
        disabled={contentLocked}
        value={learningGoals}
        onChange={(event) => setLearningGoals(event.target.value)}
      />
      <TextField
        id="offering-programme"
        label={t('provider.form.programme')}
        helperText={t('provider.form.programmeHint')}
        multiline
        minRows={3}
        disabled={contentLocked}
        value={programme}
        onChange={(event) => setProgramme(event.target.value)}
      />
      <TextField
        id="offering-price"
        label={t('provider.form.price')}
        disabled={locked}
        value={price}
        onChange={(event) => {
          setPrice(event.target.value);
          setPriceInvalid(false);
        }}
        error={priceInvalid}
        helperText={priceInvalid ? t('provider.form.priceInvalid') : t('provider.form.priceHint')}
        slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        sx={{ maxWidth: '20rem' }}
      />
      {themes.error && !themes.data && <ErrorMessage message={t('provider.form.themesLoadError')} onRetry={() => void themes.refetch()} />}
      {themes.data && !contentLocked && (
        <ClaimFieldset
          id="offering-claim"
          legend={t('provider.form.claim')}
          hint={t('provider.form.claimHint')}
          themes={themes.data.themes}
          value={claim}
          onChange={setClaim}
        />
      )}
      <ApiErrorAlert
        error={error}
        fallback={t('common.saveFailed')}
        onReload={() => {
          resetAll();
          onReload();
        }}
      />
      {message && (
        <Alert severity="success" role="status">
          {message}
        </Alert>
      )}
      {!locked && (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <Button type="submit" variant={offering ? 'outlined' : 'contained'} loading={created.loading || updated.loading}>
            {t('provider.form.save')}
          </Button>
          {offering && (
            <Button variant="contained" onClick={() => void submit()} loading={submitted.loading}>
              {t('provider.form.submit')}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
