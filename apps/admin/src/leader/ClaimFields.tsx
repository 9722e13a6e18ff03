import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { QUALIFICATION_LEVELS, useRegistrationLabels } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import type { QualificationLevel } from '../gql/graphql';
import { fieldContext, visibleFields, type ApplicationFormState, type ClaimField } from './applicationForm';

export interface ClaimFieldsProps {
  state: ApplicationFormState;
  onChange(change: Partial<ApplicationFormState>): void;
}

/** The qualification claim: the fields of the chosen route (or of the aspirant programme), labelled for it. */
export function ClaimFields({ state, onChange }: ClaimFieldsProps) {
  const { t } = useTranslation();
  const registration = useRegistrationLabels();
  const context = fieldContext(state);
  if (context === null) return null;
  // Labels differ per route ("Diplomadatum", "Datum assessment", …): one key per route and field.
  const label = (field: ClaimField) => t(`leader.form.labels.${context}.${field}` as 'leader.form.labels.ASPIRANT.institution');
  const id = (field: ClaimField) => `application-${field}`;

  return (
    <Box sx={{ display: 'grid', gap: 2.5 }} data-testid="claim-fields">
      {visibleFields(state).map((field) => {
        switch (field) {
          case 'claimedLevel':
            return (
              <TextField
                key={field}
                select
                id={id(field)}
                label={label(field)}
                value={state.claimedLevel}
                onChange={(event) => onChange({ claimedLevel: event.target.value as QualificationLevel })}
              >
                {QUALIFICATION_LEVELS.map((level) => (
                  <MenuItem key={level} value={level}>
                    {registration.level(level)}
                  </MenuItem>
                ))}
              </TextField>
            );
          case 'institution':
            return <TextField key={field} id={id(field)} label={label(field)} value={state.institution} onChange={(event) => onChange({ institution: event.target.value })} />;
          case 'nvaoAccredited':
          case 'alignedWithStandard':
            return (
              <FormControlLabel
                key={field}
                control={<Checkbox id={id(field)} checked={state[field]} onChange={(event) => onChange({ [field]: event.target.checked })} />}
                label={label(field)}
              />
            );
          default:
            return (
              <TextField
                key={field}
                id={id(field)}
                type="date"
                label={label(field)}
                value={state[field]}
                onChange={(event) => onChange({ [field]: event.target.value })}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            );
        }
      })}
    </Box>
  );
}
