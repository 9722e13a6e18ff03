import TextField from '@mui/material/TextField';

export interface PasswordFieldProps {
  id: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange(value: string): void;
  /** Checks the field when it is left (inline validation). */
  onBlur?(): void;
  error?: string;
  /** Shown below the field while it has no error. */
  hint?: string;
}

/** A required password input with its error (or hint) below it, as every password form of the portal has it. */
export function PasswordField({ id, label, autoComplete, value, onChange, onBlur, error, hint }: PasswordFieldProps) {
  return (
    <TextField
      id={id}
      label={label}
      type="password"
      autoComplete={autoComplete}
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      error={Boolean(error)}
      helperText={error ?? hint}
    />
  );
}
