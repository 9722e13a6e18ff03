import { REASON_MESSAGES, type ReasonCode } from '@srpo/domain';

/**
 * The one error catalogue of the API (DESIGN §5): every error carries one of the classes below in
 * `extensions.code`, and when a rule refused, the rule's code in `extensions.reason`. The public API
 * page lists this catalogue (`errorCatalogue()`); a test checks that every code the sources use is in it.
 */

/** Error classes: the only values of `extensions.code`, with the HTTP status the file routes answer. */
export const ERROR_CLASSES = {
  BAD_USER_INPUT: { status: 400, nl: 'De invoer is ongeldig of een regel staat het niet toe; `reason` zegt welke regel.' },
  UNAUTHENTICATED: { status: 401, nl: 'Niet ingelogd, of inloggen mislukt.' },
  FORBIDDEN: { status: 403, nl: 'Ingelogd, maar niet bevoegd voor deze handeling.' },
  NOT_FOUND: { status: 404, nl: 'Het gevraagde bestaat niet, of is voor u niet zichtbaar.' },
  CONFLICT: { status: 409, nl: 'Botst met de huidige stand: intussen gewijzigd, bestaat al, of in deze fase niet mogelijk.' },
  RATE_LIMITED: { status: 429, nl: 'Te veel verzoeken of pogingen; probeer het later opnieuw (zie `Retry-After`).' },
  QUERY_TOO_COMPLEX: { status: 400, nl: 'De query is te diep, te groot of te duur; vraag minder tegelijk op.' },
  INTERNAL_SERVER_ERROR: { status: 500, nl: 'Er ging iets mis aan onze kant; details staan alleen in ons logboek.' },
} as const;

/** The value of `extensions.code`. */
export type ErrorClass = keyof typeof ERROR_CLASSES;
export const ERROR_CLASS_CODES = Object.keys(ERROR_CLASSES) as ErrorClass[];

export function isErrorClass(code: unknown): code is ErrorClass {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CLASSES, code);
}

/** The HTTP status for a class (file routes; GraphQL answers 200 or what Apollo decides). */
export function httpStatusOf(code: ErrorClass): number {
  return ERROR_CLASSES[code].status;
}

/**
 * Reasons of the API itself (login, input checks, database invariants, GraphQL's own refusals), beside
 * the domain's rules in `@srpo/domain` `REASON_MESSAGES`. Add, never rename: clients branch on them.
 */
export const API_REASONS = {
  // GraphQL and HTTP
  GRAPHQL_PARSE_FAILED: { class: 'BAD_USER_INPUT', nl: 'De query is geen geldige GraphQL.' },
  GRAPHQL_VALIDATION_FAILED: { class: 'BAD_USER_INPUT', nl: 'De query past niet bij het schema.' },
  OPERATION_RESOLUTION_FAILURE: { class: 'BAD_USER_INPUT', nl: 'De te starten operatie kan niet worden bepaald.' },
  PERSISTED_QUERY_NOT_FOUND: { class: 'BAD_USER_INPUT', nl: 'De opgeslagen query is onbekend; stuur de volledige query mee.' },
  PERSISTED_QUERY_NOT_SUPPORTED: { class: 'BAD_USER_INPUT', nl: 'Opgeslagen queries worden niet ondersteund.' },
  PERSISTED_QUERY_HASH_MISMATCH: { class: 'BAD_USER_INPUT', nl: 'De hash van de opgeslagen query past niet bij de query.' },
  INVALID_REQUEST: { class: 'BAD_USER_INPUT', nl: 'Het verzoek is ongeldig: geen geldige JSON, te groot of onvolledig.' },
  INTROSPECTION_DISABLED: { class: 'FORBIDDEN', nl: 'Introspectie is alleen voor ingelogde gebruikers en API-sleutels; het schema staat op /schema.graphql.' },

  // Query limits (http/query-limits.ts)
  MAX_DEPTH: { class: 'QUERY_TOO_COMPLEX', nl: 'De query is te diep genest.' },
  MAX_ALIASES: { class: 'QUERY_TOO_COMPLEX', nl: 'De query gebruikt te veel aliassen.' },
  MAX_COST: { class: 'QUERY_TOO_COMPLEX', nl: 'De query is te duur: vraag kleinere pagina’s of minder velden op.' },

  // Hostile or malformed input (checked in one place for every argument)
  FORBIDDEN_CHARACTER: { class: 'BAD_USER_INPUT', nl: 'De tekst bevat een teken dat niet is toegestaan (zoals een NUL-teken of een losse surrogaat).' },
  TEXT_TOO_LONG: { class: 'BAD_USER_INPUT', nl: 'De tekst is langer dan toegestaan.' },
  INVALID_DATE: { class: 'BAD_USER_INPUT', nl: 'Ongeldige datum: gebruik JJJJ-MM-DD (of in een CSV DD-MM-JJJJ).' },
  DATE_OUT_OF_RANGE: { class: 'BAD_USER_INPUT', nl: 'De datum ligt buiten het toegestane bereik (1 januari 1900 t/m 31 december 2100).' },
  INVALID_FILE_NAME: { class: 'BAD_USER_INPUT', nl: 'De bestandsnaam in de kop X-File-Name is niet leesbaar.' },
  FILE_TYPE_NOT_ALLOWED: { class: 'BAD_USER_INPUT', nl: 'Dit soort bestand kan niet worden toegevoegd (alleen PDF, PNG en JPEG).' },
  FILE_CONTENT_MISMATCH: { class: 'BAD_USER_INPUT', nl: 'De inhoud van het bestand past niet bij het opgegeven bestandstype (gecontroleerd aan de eerste bytes).' },
  INVALID_CSV: { class: 'BAD_USER_INPUT', nl: 'Het CSV-bestand kan niet worden gelezen.' },
  LEGACY_FILE_TYPE_NOT_ALLOWED: { class: 'BAD_USER_INPUT', nl: 'Lever CSV-bestanden (UTF-8) of één Excel-werkmap (XLSX) aan.' },

  // Completions, per row of an upload and for a single certificate
  UNKNOWN_REGISTER_NUMBER: { class: 'BAD_USER_INPUT', nl: 'Het registernummer is onbekend.' },
  DUPLICATE_ROW: { class: 'BAD_USER_INPUT', nl: 'Het registernummer staat al eerder in dezelfde upload.' },

  // Offerings
  OFFERING_NOT_EDITABLE: { class: 'CONFLICT', nl: 'Een aanbod dat ter certificering is ingediend, kan niet worden gewijzigd.' },
  OFFERING_NOT_CERTIFIED: { class: 'BAD_USER_INPUT', nl: 'Het aanbod is op die datum niet gecertificeerd.' },

  // Accounts and login
  INVALID_CREDENTIALS: { class: 'UNAUTHENTICATED', nl: 'E-mailadres of wachtwoord is onjuist (bij een wachtwoordwijziging: het huidige wachtwoord).' },
  LOGIN_THROTTLED: { class: 'RATE_LIMITED', nl: 'Te veel mislukte inlogpogingen; wacht even en probeer het opnieuw (zie `retryAfterSeconds`).' },
  PASSWORD_TOO_SHORT_OR_LONG: { class: 'BAD_USER_INPUT', nl: 'Een wachtwoord heeft minstens 12 en hoogstens 200 tekens.' },
  PASSWORD_TOO_WEAK: { class: 'BAD_USER_INPUT', nl: 'Het wachtwoord is te makkelijk te raden (bijvoorbeeld een veelgebruikt of gelekt wachtwoord).' },
  EMAIL_TAKEN: { class: 'CONFLICT', nl: 'Er bestaat al een account met dit e-mailadres.' },
  ACCOUNT_DEACTIVATED: { class: 'UNAUTHENTICATED', nl: 'Het account is gedeactiveerd door het registerbureau; inloggen kan niet.' },
  LEADER_ALREADY_LINKED: { class: 'CONFLICT', nl: 'Deze schoolleider is al aan een ander account gekoppeld.' },
  EMAIL_NOT_VERIFIED: { class: 'UNAUTHENTICATED', nl: 'Het e-mailadres van dit account is nog niet bevestigd (met de link uit de e-mail bij het aanmaken).' },

  // API keys (Authorization: Bearer …)
  INVALID_API_KEY: { class: 'UNAUTHENTICATED', nl: 'De API-sleutel is onbekend of ingetrokken.' },
  API_KEY_PUBLIC_ONLY: { class: 'FORBIDDEN', nl: 'Met een API-sleutel zijn alleen de openbare queries te gebruiken.' },
  API_KEY_SCOPE: { class: 'FORBIDDEN', nl: 'De API-sleutel heeft niet de bevoegdheid (scope) die deze query vraagt; `scope` zegt welke.' },

  // Portfolio cases (the rules themselves are the domain's)
  PORTFOLIO_ASSESSOR_NOT_IN_ORGANISATION: { class: 'BAD_USER_INPUT', nl: 'Een assessor van een portfoliodossier is een actief ASSESSOR-account van de eigen organisatie, niet de schoolleider zelf.' },
  PORTFOLIO_NOTHING_OUTSTANDING: { class: 'CONFLICT', nl: 'Voor dit portfoliodossier staan geen onbetaalde kosten open.' },
  PORTFOLIO_OBJECTION_PENDING: { class: 'CONFLICT', nl: 'Tegen de beoordeling van dit portfolio loopt een bezwaar; opnieuw indienen kan na de beslissing daarop.' },

  // Webhooks (modules/webhooks)
  WEBHOOK_URL_INVALID: { class: 'BAD_USER_INPUT', nl: 'Het webhookadres is geen geldige http(s)-URL van hoogstens 1.000 tekens.' },
  WEBHOOK_URL_NOT_HTTPS: { class: 'BAD_USER_INPUT', nl: 'Het webhookadres moet met https:// beginnen (http alleen naar localhost, buiten productie).' },
  WEBHOOK_URL_CREDENTIALS: { class: 'BAD_USER_INPUT', nl: 'Een webhookadres bevat geen gebruikersnaam of wachtwoord.' },
  WEBHOOK_URL_PRIVATE: { class: 'BAD_USER_INPUT', nl: 'Het webhookadres wijst naar een lokaal of intern netwerkadres.' },
  WEBHOOK_REGISTER_NUMBERS: { class: 'BAD_USER_INPUT', nl: 'De lijst met registernummers klopt niet: verplicht (1 tot 10.000) voor een API-sleutel, weglaten voor een bestuur.' },
  WEBHOOK_LIMIT: { class: 'CONFLICT', nl: 'U hebt het hoogste aantal webhookabonnementen al bereikt; verwijder er eerst een.' },
  WEBHOOK_DISABLED: { class: 'CONFLICT', nl: 'Het webhookabonnement staat uit; zet het eerst weer aan.' },

  // Database invariants and concurrency
  ALREADY_EXISTS: { class: 'CONFLICT', nl: 'Dit bestaat al (of loopt al); er mag er maar één van zijn.' },
  VERSION_CONFLICT: { class: 'CONFLICT', nl: 'Intussen door iemand anders gewijzigd; laad de gegevens opnieuw.' },
  CONCURRENT_UPDATE: { class: 'CONFLICT', nl: 'Tegelijk met een andere wijziging; probeer het opnieuw.' },

  // Separation of duties lives in the domain (OWN_CASE).
} as const satisfies Record<string, { class: ErrorClass; nl: string }>;

export type ApiReasonCode = keyof typeof API_REASONS;

/** Every value `extensions.reason` can take: the domain's rule codes and the API's own. */
export type ErrorReason = ReasonCode | ApiReasonCode;

/** Domain reasons whose refusal is about the current state rather than the input. */
const DOMAIN_REASON_CLASS: Partial<Record<ReasonCode, ErrorClass>> = {
  APPLICATION_ACTION_NOT_ALLOWED: 'CONFLICT',
  ALREADY_REGISTERED: 'CONFLICT',
  APPLICATION_ALREADY_OPEN: 'CONFLICT',
  PORTFOLIO_TRANSITION_NOT_ALLOWED: 'CONFLICT',
  PORTFOLIO_RESUBMISSION_USED: 'CONFLICT',
  PORTFOLIO_THEME_ALREADY_OPEN: 'CONFLICT',
  PORTFOLIO_TOO_MANY_OPEN_THEMES: 'CONFLICT',
  PORTFOLIO_ASSESSORS_FIXED: 'CONFLICT',
  OWN_CASE: 'FORBIDDEN',
  OWN_ACCOUNT_ROLES: 'FORBIDDEN',
  OWN_ACCOUNT_DEACTIVATION: 'FORBIDDEN',
  LAST_ACTIVE_STAFF: 'CONFLICT',
  CATALOGUE_CODE_TAKEN: 'CONFLICT',
  CATALOGUE_ITEM_CERTIFIED: 'CONFLICT',
  INDICATOR_TARGET_OVERLAPS: 'CONFLICT',
  OFFERING_CONTENT_CERTIFIED: 'CONFLICT',
  TOKEN_USED: 'CONFLICT',
  PEER_SESSION_GROUPED: 'CONFLICT',
  PEER_SESSION_STARTED: 'CONFLICT',
  PEER_SESSION_FULL: 'CONFLICT',
  PEER_THEME_ALREADY_SIGNED_UP: 'CONFLICT',
  PEER_REFLECTION_TOO_EARLY: 'CONFLICT',
  PEER_REFLECTION_LATE: 'CONFLICT',
  PEER_SESSION_NOT_ENDED: 'CONFLICT',
  PEER_REFLECTIONS_PENDING: 'CONFLICT',
  PEER_GROUP_ALREADY_CONFIRMED: 'CONFLICT',
  DATA_REQUEST_ALREADY_EXTENDED: 'CONFLICT',
  DATA_REQUEST_EXTENSION_LATE: 'CONFLICT',
  ERASURE_WHILE_REGISTERED: 'CONFLICT',
  ANONYMISATION_NOT_DEREGISTERED: 'CONFLICT',
  ANONYMISATION_RETENTION_NOT_PASSED: 'CONFLICT',
};

export function isErrorReason(code: unknown): code is ErrorReason {
  return (
    typeof code === 'string' &&
    (Object.prototype.hasOwnProperty.call(API_REASONS, code) || Object.prototype.hasOwnProperty.call(REASON_MESSAGES, code))
  );
}

/** The class a reason is answered with. */
export function classOf(reason: ErrorReason): ErrorClass {
  if (Object.prototype.hasOwnProperty.call(API_REASONS, reason)) return API_REASONS[reason as ApiReasonCode].class;
  return DOMAIN_REASON_CLASS[reason as ReasonCode] ?? 'BAD_USER_INPUT';
}

export interface CatalogueEntry {
  code: string;
  /** For a reason: the class it is answered with. */
  class?: ErrorClass;
  /** Dutch description (a domain reason's message template, `{placeholders}` filled at run time). */
  nl: string;
  /** Where the code comes from. */
  source: 'class' | 'api' | 'domain';
}

/** The whole catalogue, for the public API page and documentation: classes first, then reasons A–Z. */
export function errorCatalogue(): { classes: CatalogueEntry[]; reasons: CatalogueEntry[] } {
  const classes = ERROR_CLASS_CODES.map((code) => ({ code, nl: ERROR_CLASSES[code].nl, source: 'class' as const }));
  const api = (Object.keys(API_REASONS) as ApiReasonCode[]).map((code) => ({
    code,
    class: API_REASONS[code].class,
    nl: API_REASONS[code].nl,
    source: 'api' as const,
  }));
  const domain = (Object.keys(REASON_MESSAGES) as ReasonCode[]).map((code) => ({
    code,
    class: classOf(code),
    nl: REASON_MESSAGES[code].nl,
    source: 'domain' as const,
  }));
  return { classes, reasons: [...api, ...domain].sort((a, b) => a.code.localeCompare(b.code)) };
}
