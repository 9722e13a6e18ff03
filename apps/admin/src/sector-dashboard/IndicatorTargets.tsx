import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorMessage, formatDate, formatNumber, LoadingIndicator } from '@srpo/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextFieldsDialog, type TextFieldSpec } from '../forms/TextFieldsDialog';
import type { IndicatorTargetFieldsFragment, SectorIndicator } from '../gql/graphql';
import { CreateIndicatorTargetMutation, IndicatorTargetsQuery, UpdateIndicatorTargetMutation } from './graphql';

const INDICATORS: readonly SectorIndicator[] = ['REGISTERED_SHARE', 'MONTHLY_REGISTRATIONS'];
type TargetField = 'value' | 'validFrom' | 'validUntil';

/** What the dialog edits: an existing target, or a new one for an indicator. */
type Editing = { target: IndicatorTargetFieldsFragment } | { indicator: SectorIndicator };

/** A typed value ("97,5" or "97.5") as a number; null when it is none. */
export function parseTargetValue(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

/** The indicators' targets, per indicator, each editable; staff add one per indicator. Saved with the version seen (CONFLICT otherwise). */
export function IndicatorTargets() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(IndicatorTargetsQuery, { fetchPolicy: 'cache-and-network' });
  // The dashboard's target lines follow a change.
  const refetchQueries = ['IndicatorTargets', 'SectorDashboard'];
  const [create] = useMutation(CreateIndicatorTargetMutation, { refetchQueries });
  const [update] = useMutation(UpdateIndicatorTargetMutation, { refetchQueries });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saved, setSaved] = useState(false);

  const indicatorName = (indicator: SectorIndicator) => t(`sectorDashboard.targets.indicator.${indicator}`);
  const valueText = (target: IndicatorTargetFieldsFragment) =>
    t(target.indicator === 'REGISTERED_SHARE' ? 'sectorDashboard.targets.share' : 'sectorDashboard.targets.count', { value: formatNumber(target.value, i18n.language) });
  const periodText = (target: IndicatorTargetFieldsFragment) => {
    const from = formatDate(target.validFrom, i18n.language);
    return target.validUntil ? t('sectorDashboard.targets.fromUntil', { from, until: formatDate(target.validUntil, i18n.language) }) : t('sectorDashboard.targets.from', { from });
  };

  let content;
  if (error && !data) content = <ErrorMessage message={t('sectorDashboard.targets.loadError')} onRetry={() => void refetch()} />;
  else if (!data) content = <LoadingIndicator />;
  else
    content = (
      <>
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, borderTop: 1, borderColor: 'divider' }}>
          {data.indicatorTargets.map((target) => (
            <Box component="li" key={target.id} data-testid="indicator-target" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
              <Typography component="span" sx={{ fontWeight: 600, minWidth: { sm: '18rem' } }}>
                {indicatorName(target.indicator)}
              </Typography>
              <Typography component="span" sx={{ minWidth: { sm: '8rem' } }}>
                {valueText(target)}
              </Typography>
              <Typography component="span" sx={{ flexGrow: 1 }}>
                {periodText(target)}
              </Typography>
              <Button
                size="small"
                aria-label={t('sectorDashboard.targets.editFor', { indicator: indicatorName(target.indicator), from: formatDate(target.validFrom, i18n.language) })}
                onClick={() => setEditing({ target })}
              >
                {t('sectorDashboard.targets.edit')}
              </Button>
            </Box>
          ))}
        </Box>
        {data.indicatorTargets.length === 0 && <Typography sx={{ mt: 1 }}>{t('sectorDashboard.targets.none')}</Typography>}
      </>
    );

  const indicator = editing ? ('target' in editing ? editing.target.indicator : editing.indicator) : null;
  const fields: TextFieldSpec<TargetField>[] = [
    {
      name: 'value',
      label: t('sectorDashboard.targets.form.value'),
      required: true,
      inputMode: 'decimal',
      hint: t(indicator === 'REGISTERED_SHARE' ? 'sectorDashboard.targets.form.shareHint' : 'sectorDashboard.targets.form.countHint'),
      check: (value) => (parseTargetValue(value) === null ? t('sectorDashboard.targets.form.notANumber') : null),
    },
    { name: 'validFrom', label: t('sectorDashboard.targets.form.validFrom'), type: 'date', required: true, check: (value) => (value ? null : t('sectorDashboard.targets.form.required')) },
    { name: 'validUntil', label: t('sectorDashboard.targets.form.validUntil'), type: 'date' },
  ];

  return (
    <Box component="section" aria-labelledby="targets-heading" sx={{ mb: 4 }}>
      <Typography id="targets-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('sectorDashboard.targets.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('sectorDashboard.targets.intro')}</Typography>
      <Box role="status" sx={{ mb: saved ? 2 : 0 }}>
        {saved && <Alert severity="success">{t('sectorDashboard.targets.saved')}</Alert>}
      </Box>
      {content}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2 }}>
        {INDICATORS.map((item) => (
          <Button key={item} variant="outlined" onClick={() => setEditing({ indicator: item })}>
            {t('sectorDashboard.targets.addFor', { indicator: indicatorName(item) })}
          </Button>
        ))}
      </Box>
      {editing && indicator && (
        <TextFieldsDialog
          id="indicator-target"
          title={t('target' in editing ? 'sectorDashboard.targets.form.editTitle' : 'sectorDashboard.targets.form.createTitle', { indicator: indicatorName(indicator) })}
          fields={fields}
          initial={
            'target' in editing
              ? { value: formatNumber(editing.target.value, i18n.language, { useGrouping: false }), validFrom: editing.target.validFrom, validUntil: editing.target.validUntil ?? '' }
              : { value: '', validFrom: '', validUntil: '' }
          }
          submitLabel={t('sectorDashboard.targets.form.save')}
          onClose={() => setEditing(null)}
          onReload={() => {
            setEditing(null);
            void refetch();
          }}
          onSubmit={async (values) => {
            setSaved(false);
            const input = { indicator, value: parseTargetValue(values.value)!, validFrom: values.validFrom, validUntil: values.validUntil || null };
            if ('target' in editing) await update({ variables: { id: editing.target.id, version: editing.target.version, input } });
            else await create({ variables: { input } });
            setEditing(null);
            setSaved(true);
          }}
        />
      )}
    </Box>
  );
}
