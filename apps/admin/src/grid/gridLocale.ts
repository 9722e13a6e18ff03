import { enUS, nlNL } from '@mui/x-data-grid/locales';

/** The data grid's texts per portal language. */
export const GRID_LOCALE_TEXT = {
  nl: {
    ...nlNL.components.MuiDataGrid.defaultProps.localeText,
    // MUI's Dutch locale leaves this one out, so the footer said "1–19 of 19".
    paginationDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) => `${from}–${to} van ${count}`,
  },
  en: enUS.components.MuiDataGrid.defaultProps.localeText,
};
