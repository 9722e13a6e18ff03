import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useEffect, useRef } from 'react';

export interface FormError {
  message: string;
  /** The input this error is about; the summary links to it. */
  fieldId?: string;
}

export interface ErrorSummaryProps {
  title: string;
  /** A new array after every submit: the summary then takes focus, so the errors are read out. */
  errors: readonly FormError[];
}

/** The list of a form's errors above the form, each linking to its field (the GOV.UK pattern). */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <Alert severity="error" role="alert" ref={summary} tabIndex={-1} sx={{ mb: 3 }}>
      <AlertTitle component="h2">{title}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {errors.map((error) => (
          <li key={`${error.fieldId ?? ''}:${error.message}`}>
            {error.fieldId ? (
              <Link
                href={`#${error.fieldId}`}
                color="inherit"
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(error.fieldId ?? '')?.focus();
                }}
              >
                {error.message}
              </Link>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** The error of one field, for its `helperText` and `error` props. */
export function fieldError(errors: readonly FormError[], fieldId: string): string | undefined {
  return errors.find((error) => error.fieldId === fieldId)?.message;
}
