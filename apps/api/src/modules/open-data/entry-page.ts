import { formatDateInWords, registrationStatusName, titleNameWithAbbreviation } from '@srpo/domain';
import type { PublicRegistrationType } from '../public-register/public-register.types';

// The head of a public entry's page as the server sends it (issue 11): a title, a description and
// schema.org JSON-LD in the HTML itself, so a crawler that runs no JavaScript sees the public facts.

const SITE = 'Schoolleidersregister PO';

export interface EntryHead {
  title: string;
  description: string;
  /** schema.org JSON-LD; absent on a page that shows no entry. */
  jsonLd?: Record<string, unknown>;
}

/** The page of an unknown register number (answered with 404), titled as the site titles it. */
export const NOT_FOUND_HEAD: EntryHead = {
  title: `Registratie niet gevonden | ${SITE}`,
  description: `Dit registratienummer staat niet in het ${SITE}.`,
};

function credentialName(entry: PublicRegistrationType): string {
  return titleNameWithAbbreviation(entry.title, entry.aspirant);
}

/**
 * The public entry as schema.org JSON-LD: a `Person` (name, register number, the boards they work
 * for) holding an `EducationalOccupationalCredential` (the title in Dutch, its level, recognised by
 * the register, valid from the registration date, its status and the date that matters now). Only facts
 * of `PublicRegistration`.
 */
export function entryJsonLd(entry: PublicRegistrationType): Record<string, unknown> {
  const status = registrationStatusName(entry.status, entry.aspirant);
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: entry.displayName,
    identifier: entry.registerNumber,
    ...(entry.boards.length ? { worksFor: entry.boards.map((board) => ({ '@type': 'Organization', name: board.name })) } : {}),
    hasCredential: {
      '@type': 'EducationalOccupationalCredential',
      name: credentialName(entry),
      credentialCategory: 'Beroepsregistratie',
      identifier: entry.registerNumber,
      ...(entry.qualificationLevel ? { educationalLevel: entry.qualificationLevel.toLowerCase() } : {}),
      recognizedBy: { '@type': 'Organization', name: SITE },
      validFrom: entry.registeredOn,
      creativeWorkStatus: status,
      ...credentialDates(entry),
    },
  };
}

/** The date that matters now, as the entry page puts it under the title: when re-registration is due, or when the leader left. */
function credentialDates(entry: PublicRegistrationType): { description?: string } {
  if (entry.status === 'DEREGISTERED' && entry.deregisteredOn) return { description: `Uitgeschreven op ${formatDateInWords(entry.deregisteredOn)}.` };
  if ((entry.status === 'ACTIVE' || entry.status === 'CONDITIONAL') && entry.reRegistrationDue) {
    return { description: `Herregistratie uiterlijk ${formatDateInWords(entry.reRegistrationDue)}.` };
  }
  return {};
}

export function entryHead(entry: PublicRegistrationType): EntryHead {
  const level = entry.qualificationLevel ? `, ${entry.qualificationLevel.toLowerCase()}` : '';
  const status = registrationStatusName(entry.status, entry.aspirant).toLowerCase();
  return {
    title: `${entry.displayName} | ${SITE}`,
    description: `${entry.displayName} staat in het ${SITE} als ${credentialName(entry)}${level} (status: ${status}), registratienummer ${entry.registerNumber}.`,
    jsonLd: entryJsonLd(entry),
  };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * JSON that stays data inside `<script>`: `<`, `>` and `&` written as \u escapes (so no `</script>`
 * or `<!--` can end or change the element), and the two line separators JavaScript once rejected.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/;

/** Checks that `html` (the register's index.html) has the places {@link withEntryHead} fills. */
export function assertEntryTemplate(html: string, file: string): void {
  if (!TITLE.test(html) || !DESCRIPTION.test(html) || !html.includes('</head>')) {
    throw new Error(`${file}: the register's index.html needs a <title>, a <meta name="description" content="…"> and </head>.`);
  }
}

/** The register's index.html with the entry's title, description and JSON-LD; the app boots from it as always. */
export function withEntryHead(html: string, head: EntryHead): string {
  const jsonLd = head.jsonLd ? `<script type="application/ld+json">${scriptSafeJson(head.jsonLd)}</script>\n  ` : '';
  return html
    .replace(TITLE, () => `<title>${escapeHtml(head.title)}</title>`)
    .replace(DESCRIPTION, () => `<meta name="description" content="${escapeHtml(head.description)}" />`)
    .replace('</head>', () => `${jsonLd}</head>`);
}
