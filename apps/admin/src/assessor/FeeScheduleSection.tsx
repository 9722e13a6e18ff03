import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeeScheduleFields } from '../assessor-organisations/useFeeScheduleFields';
import { TextFieldsDialog } from '../forms/TextFieldsDialog';
import type { AssessorOrganisationFieldsFragment } from '../gql/graphql';
import { UpdateMyFeeScheduleMutation } from './graphql';

/** The organisation's own fee schedule (DESIGN §3.6), which its assessors may change: cases charge it from then on. */
export function FeeScheduleSection({ organisation, onReload }: { organisation: AssessorOrganisationFieldsFragment; onReload(): void }) {
  const { t } = useTranslation();
  const fees = useFeeScheduleFields();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UpdateMyFeeScheduleMutation);

  return (
    <Box component="section" aria-labelledby="fees-heading" sx={{ mb: 4 }} data-testid="fee-schedule">
      <Typography id="fees-heading" variant="h2" sx={{ fontSize: '1.4rem', mb: 1 }}>
        {t('portfolio.assessor.fees.title')}
      </Typography>
      <Typography sx={{ mb: 1, maxWidth: '70ch' }}>{t('portfolio.assessor.fees.intro')}</Typography>
      <Box component="ul" sx={{ m: 0, mb: 1, pl: 2.5 }}>
        {fees.lines(organisation.feeSchedule).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </Box>
      {saved && (
        <Alert severity="success" role="status" sx={{ mb: 1 }}>
          {t('portfolio.assessor.fees.saved')}
        </Alert>
      )}
      <Button variant="outlined" onClick={() => (setSaved(false), setEditing(true))}>
        {t('portfolio.assessor.fees.edit')}
      </Button>
      {editing && (
        <TextFieldsDialog
          id="fee-schedule"
          title={t('portfolio.assessor.fees.editTitle')}
          fields={fees.fields}
          initial={fees.valuesOf(organisation.feeSchedule)}
          submitLabel={t('portfolio.assessor.fees.save')}
          onSubmit={async (values) => {
            await update({ variables: { version: organisation.version, feeSchedule: fees.scheduleOf(values) } });
            setEditing(false);
            setSaved(true);
          }}
          onClose={() => setEditing(false)}
          onReload={() => (setEditing(false), onReload())}
        />
      )}
    </Box>
  );
}
