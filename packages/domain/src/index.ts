/**
 * @srpo/domain — the Schoolleidersregister PO's rules (DESIGN §3) as pure functions: no I/O, no
 * framework, no clock. Callers pass the date (`asOf`); {@link todayInAmsterdam} turns an instant into
 * the register's calendar date.
 */
export * from './calendar-date';
export * from './enums';
export * from './reasons';
export * from './rule-sets';
export * from './certification';
export * from './themes';
export * from './qualification-routes';
export * from './titles';
export * from './registration-status';
export * from './deferrals';
export * from './theme-completion';
export * from './completion-acceptance';
export * from './re-registration';
export * from './public-entry';
export * from './informal-validation';
export * from './reminders';
export * from './objections';
export * from './leader-names';
export * from './application-workflow';
export * from './application-evidence';
export * from './api-limits';
export * from './separation-of-duties';
export * from './account-roles';
export * from './assessor-organisations';
export * from './indicator-targets';
export * from './login-throttle';
export * from './email-address';
export * from './account-tokens';
export * from './personal-data-retention';
export * from './timeline';
export * from './csv';
export * from './legacy-import';
export * from './board-overview';
export * from './data-requests';
export * from './register-events';
export * from './dutch-names';
export * from './credentials';
