import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { LEGACY_IMPORT_COLUMNS, LEGACY_IMPORT_KINDS } from '@srpo/domain';
import { downloadCsv, toCsv } from '@srpo/ui';
import { useTranslation } from 'react-i18next';
import { CaptionedTable } from '../grid/CaptionedTable';
import { legacyKindLabel } from './legacyKinds';

/** Columns whose values come from a fixed list, in the order the page explains them. */
const VALUE_COLUMNS = ['functie', 'titel', 'niveau', 'aspirant', 'route', 'soort', 'reden', 'besluit', 'thema', 'leerroute'] as const;

/** The file format of the old register's export (the domain's column definitions): columns per kind, a CSV template each, and the accepted values. */
export function LegacyImportTemplate() {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="legacy-template-heading" sx={{ mt: 4 }}>
      <Typography id="legacy-template-heading" variant="h3" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('legacyImport.template.heading')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '70ch' }}>{t('legacyImport.template.intro')}</Typography>
      <CaptionedTable caption={t('legacyImport.template.caption')} data-testid="legacy-template">
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('legacyImport.report.kind')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('legacyImport.template.columns')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('legacyImport.template.download')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {LEGACY_IMPORT_KINDS.map((kind) => {
            const columns = LEGACY_IMPORT_COLUMNS[kind];
            const label = legacyKindLabel(t, kind);
            return (
              <TableRow key={kind}>
                <TableCell component="th" scope="row">
                  {label} <Box component="span" sx={{ color: 'text.secondary' }}>({kind})</Box>
                </TableCell>
                <TableCell sx={{ minWidth: '14rem' }}>
                  {columns.map((column) => (column.required ? column.name : t('legacyImport.template.optional', { column: column.name }))).join(', ')}
                </TableCell>
                <TableCell>
                  <Button size="small" onClick={() => downloadCsv(`${kind}.csv`, toCsv(columns.map((column) => column.name), []))}>
                    {`${kind}.csv`}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </CaptionedTable>
      <Typography variant="h4" sx={{ fontSize: '1.1rem', mt: 2, mb: 1 }}>
        {t('legacyImport.template.valuesHeading')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 3 }}>
        {VALUE_COLUMNS.map((column) => (
          <li key={column}>{t(`legacyImport.template.values.${column}`)}</li>
        ))}
      </Box>
    </Box>
  );
}
