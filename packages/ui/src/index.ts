export { createApolloClient, type CreateApolloClientOptions } from './apollo/createApolloClient';
export { AppProviders, UiProviders, type AppProvidersProps } from './AppProviders';
export { mountApp } from './mountApp';
export { mountUi } from './mountUi';
export { downloadCsv, toCsv, type CsvCell } from './export/csv';
export { ErrorMessage, type ErrorMessageProps } from './feedback/ErrorMessage';
export { LoadingIndicator } from './feedback/LoadingIndicator';
export { formatDate, formatDateTime, formatMonth, todayIsoDate, type IsoDate } from './format/dates';
export { formatEuroCents, parseEuroCents } from './format/money';
export { formatNumber } from './format/numbers';
export { createI18n, LANGUAGE_STORAGE_KEY, type CreateI18nOptions } from './i18n/createI18n';
export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './i18n/languages';
export { LanguageSwitch } from './i18n/LanguageSwitch';
export { messageKeys, type MessageTree, type SameKeys } from './i18n/messages';
export { uiEn, uiNl } from './i18n/uiMessages';
export { useLanguage } from './i18n/useLanguage';
export { AppShell, MAIN_CONTENT_ID, type AppShellProps, type NavItem } from './layout/AppShell';
export { HeaderLink } from './layout/HeaderLink';
export { NotFoundPage } from './layout/NotFoundPage';
export { SkipLink } from './layout/SkipLink';
export { useDocumentTitle } from './layout/useDocumentTitle';
export {
  isRegistrationStatus,
  isRegistrationTitle,
  LEARNING_ROUTES,
  QUALIFICATION_LEVELS,
  REGISTRATION_STATUSES,
  REGISTRATION_TITLES,
  type LearningRouteValue,
  type QualificationLevelValue,
  type RegistrationStatusValue,
  type RegistrationTitleValue,
} from './registrations/registrationValues';
export { RegistrationStatusChip, type RegistrationStatusChipProps } from './registrations/RegistrationStatusChip';
export { useRegistrationLabels, type RegistrationLabels } from './registrations/useRegistrationLabels';
export { appendEdges, type ConnectionLike } from './paging/appendEdges';
export { LoadMoreButton, type LoadMoreButtonProps } from './paging/LoadMoreButton';
export { useConnectionLoadMore, type FetchMoreAfter } from './paging/useConnectionLoadMore';
export { useLoadMore } from './paging/useLoadMore';
export { createSrpoTheme, srpoPalette } from './theme/createSrpoTheme';
export { ThemeCatalogue, type CatalogueSubtheme, type CatalogueTheme, type ThemeCatalogueProps } from './themes/ThemeCatalogue';
