import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../forms/ApiErrorAlert';
import type { AdminThemesQuery as AdminThemesResult } from '../gql/graphql';
import { AddSubthemeMutation, AddThemeMutation, AdminThemesQuery, UpdateSubthemeMutation, UpdateThemeMutation } from './graphql';

export type AdminTheme = AdminThemesResult['themes'][number];
export type AdminSubtheme = AdminTheme['subthemes'][number];

/** What the dialog does: add a theme, add a subtheme to a theme, or change or retire a theme or one of its subthemes. */
export type CatalogueAction =
  | { kind: 'addTheme' }
  | { kind: 'addSubtheme'; theme: AdminTheme }
  | { kind: 'edit' | 'retire'; theme: AdminTheme; subtheme?: AdminSubtheme };

type Field = 'code' | 'name' | 'description' | 'validFrom' | 'validUntil';
type Draft = Record<Field, string>;

function initialDraft(action: CatalogueAction): Draft {
  if (action.kind === 'addTheme' || action.kind === 'addSubtheme') {
    return { code: action.kind === 'addSubtheme' ? `${action.theme.code}.` : '', name: '', description: '', validFrom: '', validUntil: '' };
  }
  const item = action.subtheme ?? action.theme;
  return { code: item.code, name: item.name, description: item.description ?? '', validFrom: item.validFrom, validUntil: item.validUntil ?? '' };
}

function fieldsOf(action: CatalogueAction): { shown: Field[]; required: Field[] } {
  if (action.kind === 'retire') return { shown: ['validUntil'], required: ['validUntil'] };
  const isTheme = action.kind === 'addTheme' || (action.kind === 'edit' && !action.subtheme);
  const adding = action.kind === 'addTheme' || action.kind === 'addSubtheme';
  const shown: Field[] = [...(adding ? (['code'] as const) : []), 'name', 'description', 'validFrom', 'validUntil'];
  return { shown, required: shown.filter((field) => field === 'code' || field === 'name' || field === 'validFrom' || (field === 'description' && isTheme)) };
}

export interface CatalogueItemDialogProps {
  action: CatalogueAction;
  onClose(): void;
  /** After the API accepted the change (the catalogue has been reloaded); `name` of the item. */
  onSaved(name: string): void;
}

/** Staff's dialog for one change of the theme catalogue; the API applies the catalogue's rules and says why not. */
export function CatalogueItemDialog({ action, onClose, onSaved }: CatalogueItemDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(action));
  const [missing, setMissing] = useState<Field[]>([]);
  const options = { refetchQueries: [AdminThemesQuery], awaitRefetchQueries: true };
  const [addTheme, addThemeState] = useMutation(AddThemeMutation, options);
  const [addSubtheme, addSubthemeState] = useMutation(AddSubthemeMutation, options);
  const [updateTheme, updateThemeState] = useMutation(UpdateThemeMutation, options);
  const [updateSubtheme, updateSubthemeState] = useMutation(UpdateSubthemeMutation, options);
  const states = [addThemeState, addSubthemeState, updateThemeState, updateSubthemeState];
  const loading = states.some((state) => state.loading);
  const error = states.find((state) => state.error)?.error;
  const { shown, required } = fieldsOf(action);
  const subject = action.kind === 'edit' || action.kind === 'retire' ? (action.subtheme ?? action.theme) : null;
  const title =
    action.kind === 'addTheme'
      ? t('themes.edit.addThemeTitle')
      : action.kind === 'addSubtheme'
        ? t('themes.edit.addSubthemeTitle', { theme: action.theme.name })
        : t(action.kind === 'edit' ? 'themes.edit.editTitle' : 'themes.edit.retireTitle', { name: subject!.name });

  async function submit() {
    const stillMissing = required.filter((field) => draft[field].trim() === '');
    setMissing(stillMissing);
    if (stillMissing.length > 0) return;
    for (const state of states) state.reset();
    const input = { name: draft.name, description: draft.description || null, validFrom: draft.validFrom, validUntil: draft.validUntil || null };
    try {
      if (action.kind === 'addTheme') await addTheme({ variables: { input: { ...input, code: draft.code } } });
      else if (action.kind === 'addSubtheme') await addSubtheme({ variables: { themeId: action.theme.id, input: { ...input, code: draft.code } } });
      else if (action.subtheme) await updateSubtheme({ variables: { id: action.subtheme.id, version: action.subtheme.version, input } });
      else await updateTheme({ variables: { id: action.theme.id, version: action.theme.version, input } });
      onSaved(draft.name);
    } catch {
      // shown below
    }
  }

  const field = (name: Field, props: { type?: string; multiline?: boolean; hint?: string }) => (
    <TextField
      key={name}
      id={`catalogue-${name}`}
      label={t(`themes.edit.${name}`)}
      type={props.type}
      multiline={props.multiline}
      minRows={props.multiline ? 2 : undefined}
      required={required.includes(name)}
      value={draft[name]}
      onChange={(event) => {
        const value = event.target.value;
        setDraft((current) => ({ ...current, [name]: value }));
        setMissing([]);
      }}
      error={missing.includes(name)}
      helperText={missing.includes(name) ? t('themes.edit.required') : props.hint}
      slotProps={props.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
    />
  );

  return (
    <Dialog open onClose={onClose} aria-labelledby="catalogue-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="catalogue-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t(action.kind === 'retire' ? 'themes.edit.retireIntro' : 'themes.edit.intro')}</DialogContentText>
        <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
          {shown.includes('code') && field('code', { hint: t(action.kind === 'addSubtheme' ? 'themes.edit.subthemeCodeHint' : 'themes.edit.codeHint') })}
          {shown.includes('name') && field('name', {})}
          {shown.includes('description') && field('description', { multiline: true })}
          {shown.includes('validFrom') && field('validFrom', { type: 'date', hint: t('themes.edit.validFromHint') })}
          {shown.includes('validUntil') && field('validUntil', { type: 'date', hint: t(action.kind === 'retire' ? 'themes.edit.retireHint' : 'themes.edit.validUntilHint') })}
        </Box>
        <ApiErrorAlert error={error} fallback={t('common.saveFailed')} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" loading={loading} onClick={() => void submit()}>
          {t(action.kind === 'retire' ? 'themes.edit.retireSubmit' : 'themes.edit.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
