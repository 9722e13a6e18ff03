import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './ApiErrorAlert';

export interface TextFieldSpec<Name extends string> {
  name: Name;
  label: string;
  required?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date';
  multiline?: boolean;
  autoComplete?: string;
  /** The on-screen keyboard to offer (e.g. 'decimal' for amounts). */
  inputMode?: 'decimal' | 'numeric';
  /** Help below the field. */
  hint?: string;
  /** What is wrong with the typed value, or null: checked before saving, shown at the field. */
  check?(value: string): string | null;
}

export interface TextFieldsDialogProps<Name extends string> {
  /** Prefix of the element ids. */
  id: string;
  title: string;
  fields: readonly TextFieldSpec<Name>[];
  initial: Readonly<Record<Name, string>>;
  submitLabel: string;
  /** Saves the values; a rejection (the API's answer) is shown in the dialog, which stays open. */
  onSubmit(values: Record<Name, string>): Promise<unknown>;
  onClose(): void;
  /** For CONFLICT: reloads the record (the dialog is then opened afresh). */
  onReload?(): void;
}

/** A dialog of plain text fields that creates or changes one record; the API checks the values and explains a refusal. */
export function TextFieldsDialog<Name extends string>({ id, title, fields, initial, submitLabel, onSubmit, onClose, onReload }: TextFieldsDialogProps<Name>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Name, string>>({ ...initial });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [wrong, setWrong] = useState<Partial<Record<Name, string>>>({});

  async function submit() {
    const problems = Object.fromEntries(fields.flatMap((field) => {
      const problem = field.check?.(values[field.name]);
      return problem ? [[field.name, problem]] : [];
    })) as Partial<Record<Name, string>>;
    setWrong(problems);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`} fullWidth maxWidth="sm">
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent>
        <Box
          component="form"
          id={`${id}-form`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          sx={{ display: 'grid', gap: 2, pt: 1 }}
        >
          {fields.map((field) => (
            <TextField
              key={field.name}
              id={`${id}-${field.name}`}
              label={field.label}
              required={field.required}
              type={field.type ?? 'text'}
              autoComplete={field.autoComplete ?? 'off'}
              multiline={field.multiline}
              minRows={field.multiline ? 2 : undefined}
              value={values[field.name]}
              error={Boolean(wrong[field.name])}
              helperText={wrong[field.name] ?? field.hint}
              slotProps={{ inputLabel: field.type === 'date' ? { shrink: true } : undefined, htmlInput: field.inputMode ? { inputMode: field.inputMode } : undefined }}
              onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
            />
          ))}
        </Box>
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} onReload={onReload} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" type="submit" form={`${id}-form`} loading={saving}>
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
