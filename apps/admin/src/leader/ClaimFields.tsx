import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { QUALIFICATION_LEVELS, useRegistrationLabels } from '@srpo/ui';
import type { QualificationLevel } from '../gql/graphql';
import { FIELD_IDS, visibleFields, type ApplicationFormState, type ClaimField } from './applicationForm';

/** What the form tells about one field: its error (or where its value came from), and when the user leaves it. */
export interface FieldFeedback {
  error?: string;
  hint?: string;
  onBlur(): void;
}

export interface ClaimFieldsProps {
  state: ApplicationFormState;
  onChange(change: Partial<ApplicationFormState>): void;
  /** The label of a field for the chosen route. */
  label(field: ClaimField): string;
  feedback(field: ClaimField): FieldFeedback;
}

/** The qualification claim: the fields of the chosen route (or of the aspirant programme), labelled for it. */
export function ClaimFields({ state, onChange, label, feedback }: ClaimFieldsProps) {
  const registration = useRegistrationLabels();
  const fields = visibleFields(state);
  if (fields.length === 0) return null;

  return (
    <Box sx={{ display: 'grid', gap: 2.5 }} data-testid="claim-fields">
      {fields.map((field) => {
        const { error, hint, onBlur } = feedback(field);
        const common = { id: FIELD_IDS[field], label: label(field), error: Boolean(error), helperText: error ?? hint, onBlur };
        switch (field) {
          case 'claimedLevel':
            return (
              <TextField key={field} select {...common} value={state.claimedLevel} onChange={(event) => onChange({ claimedLevel: event.target.value as QualificationLevel })}>
                {QUALIFICATION_LEVELS.map((level) => (
                  <MenuItem key={level} value={level}>
                    {registration.level(level)}
                  </MenuItem>
                ))}
              </TextField>
            );
          case 'institution':
            return <TextField key={field} {...common} value={state.institution} onChange={(event) => onChange({ institution: event.target.value })} />;
          case 'nvaoAccredited':
          case 'alignedWithStandard':
            return (
              <FormControl key={field}>
                <FormControlLabel
                  control={
                    <Checkbox
                      id={common.id}
                      checked={state[field]}
                      onChange={(event) => onChange({ [field]: event.target.checked })}
                      slotProps={{ input: { 'aria-describedby': hint ? `${common.id}-hint` : undefined } }}
                    />
                  }
                  label={common.label}
                />
                {hint && <FormHelperText id={`${common.id}-hint`}>{hint}</FormHelperText>}
              </FormControl>
            );
          default:
            return (
              <TextField
                key={field}
                type="date"
                {...common}
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
