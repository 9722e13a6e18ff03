import { NotFoundPage } from '@srpo/ui';
import { Route, Routes } from 'react-router';
import { ApiDocsPage } from './api-docs/ApiDocsPage';
import { EntryPage } from './entry/EntryPage';
import { HomePage } from './home/HomePage';
import { RegisterLayout } from './layout/RegisterLayout';
import { OfferingsPage } from './offerings/OfferingsPage';
import { paths } from './routes';
import { SearchPage } from './search/SearchPage';
import { ThemesPage } from './themes/ThemesPage';

/** Routes of the public register; the router itself comes from main.tsx (or a test). */
export function App() {
  return (
    <Routes>
      <Route element={<RegisterLayout />}>
        <Route path={paths.home} element={<HomePage />} />
        <Route path={paths.search} element={<SearchPage />} />
        <Route path={paths.entry} element={<EntryPage />} />
        <Route path={paths.themes} element={<ThemesPage />} />
        <Route path={paths.offerings} element={<OfferingsPage />} />
        <Route path={paths.api} element={<ApiDocsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
