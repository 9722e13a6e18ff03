import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export interface ThemeOption {
  code: string;
  name: string;
  subthemes?: readonly { code: string; name: string }[];
}

export interface Claim {
  themeCodes: readonly string[];
  subthemeCodes: readonly string[];
}

export interface ClaimFieldsetProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** Whole themes to choose, each with its subthemes below it. */
  themes: readonly ThemeOption[];
  /** Subthemes without their theme (e.g. the subthemes an offering claims). */
  subthemes?: readonly { code: string; name: string }[];
  value: Claim;
  onChange(claim: Claim): void;
}

function toggled(codes: readonly string[], code: string, on: boolean): string[] {
  return on ? [...codes.filter((value) => value !== code), code] : codes.filter((value) => value !== code);
}

/** Checkboxes for (sub)themes: an offering's claim, or the part of a claim that is certified. */
export function ClaimFieldset({ id, legend, hint, error, themes, subthemes = [], value, onChange }: ClaimFieldsetProps) {
  const { t } = useTranslation();
  const subthemeBox = (sub: { code: string; name: string }) => (
    <FormControlLabel
      key={sub.code}
      control={
        <Checkbox
          checked={value.subthemeCodes.includes(sub.code)}
          onChange={(event) => onChange({ ...value, subthemeCodes: toggled(value.subthemeCodes, sub.code, event.target.checked) })}
        />
      }
      label={`${sub.code} ${sub.name}`}
    />
  );
  return (
    <Box component="fieldset" id={id} aria-describedby={hint ? `${id}-hint` : undefined} sx={{ border: 0, p: 0, m: 0 }} data-testid={id}>
      <Typography component="legend" sx={{ fontWeight: 600, mb: 0.5 }}>
        {legend}
      </Typography>
      {hint && (
        <FormHelperText id={`${id}-hint`} sx={{ mt: 0, mb: 1 }}>
          {hint}
        </FormHelperText>
      )}
      {themes.map((theme) => (
        <Box key={theme.code} sx={{ display: 'grid' }}>
          <FormControlLabel
            control={
              <Checkbox
                checked={value.themeCodes.includes(theme.code)}
                onChange={(event) => onChange({ ...value, themeCodes: toggled(value.themeCodes, theme.code, event.target.checked) })}
              />
            }
            label={theme.subthemes?.length ? `${theme.code}. ${theme.name} (${t('provider.form.wholeTheme').toLowerCase()})` : `${theme.code}. ${theme.name}`}
          />
          {theme.subthemes?.length ? <Box sx={{ display: 'grid', pl: 4 }}>{theme.subthemes.map(subthemeBox)}</Box> : null}
        </Box>
      ))}
      {subthemes.length > 0 && <Box sx={{ display: 'grid' }}>{subthemes.map(subthemeBox)}</Box>}
      {error && (
        <FormHelperText error role="alert">
          {error}
        </FormHelperText>
      )}
    </Box>
  );
}
