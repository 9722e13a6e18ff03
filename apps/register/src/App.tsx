import { NotFoundPage } from '@srpo/ui';
import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { RegisterLayout } from './layout/RegisterLayout';
import { paths } from './routes';

/**
 * A page in its own chunk: a visitor downloads only the page they open. Pages that ask the API load
 * Apollo Client alongside (in parallel), so the frame and the home page need none of it.
 */
function page(load: () => Promise<ComponentType>, { api = true } = {}) {
  return lazy(async () => {
    if (!api) return { default: await load() };
    const [Page, { RegisterApollo }] = await Promise.all([load(), import('./apollo/RegisterApollo')]);
    return {
      default: function PageWithApi() {
        return (
          <RegisterApollo>
            <Page />
          </RegisterApollo>
        );
      },
    };
  });
}

const HomePage = page(() => import('./home/HomePage').then((module) => module.HomePage), { api: false });
const SearchPage = page(() => import('./search/SearchPage').then((module) => module.SearchPage));
const EntryPage = page(() => import('./entry/EntryPage').then((module) => module.EntryPage));
const ThemesPage = page(() => import('./themes/ThemesPage').then((module) => module.ThemesPage));
const OfferingsPage = page(() => import('./offerings/OfferingsPage').then((module) => module.OfferingsPage));
const StatisticsPage = page(() => import('./statistics/StatisticsPage').then((module) => module.StatisticsPage));
const VerifyFilePage = page(() => import('./verification/VerifyFilePage').then((module) => module.VerifyFilePage));
const CredentialVerificationPage = page(() => import('./verification/CredentialVerificationPage').then((module) => module.CredentialVerificationPage));
const ApiDocsPage = page(() => import('./api-docs/ApiDocsPage').then((module) => module.ApiDocsPage), { api: false });

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
        <Route path={paths.statistics} element={<StatisticsPage />} />
        <Route path={paths.api} element={<ApiDocsPage />} />
        <Route path={paths.verification} element={<VerifyFilePage />} />
        <Route path={paths.credentialVerification} element={<CredentialVerificationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
