import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@srpo/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffNav } from '../staff/StaffNav';

export interface StaffSectionProps {
  title: string;
  intro: string;
  /** The button that adds a record. */
  createLabel: string;
  onCreate(): void;
  /** What the last change did, announced politely; null for nothing. */
  done: string | null;
  children: ReactNode;
}

/** A page of the register office that keeps a list of records: heading, navigation, intro, "add" button and the last change's result. */
export function StaffSection({ title, intro, createLabel, onCreate, done, children }: StaffSectionProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('workspaces.documentTitle', { name: title }));
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('workspaces.STAFF.title')}
      </Typography>
      <StaffNav />
      <Typography variant="h2" sx={{ fontSize: '1.5rem', mb: 1 }}>
        {title}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{intro}</Typography>
      <Button variant="contained" onClick={onCreate} sx={{ mb: 2 }}>
        {createLabel}
      </Button>
      <Box role="status" sx={{ mb: done ? 2 : 0 }}>
        {done && <Alert severity="success">{done}</Alert>}
      </Box>
      {children}
    </>
  );
}
