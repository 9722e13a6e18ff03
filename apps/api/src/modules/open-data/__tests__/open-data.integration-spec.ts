import { readFileSync } from 'node:fs';
import path from 'node:path';
import { todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import jsonld, { type Options } from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { createCertifiedOffering, createCompletion, createProvider } from '../../../testing/offering-fixtures';
import { signedInClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { generateOpenDataExport } from '../open-data-export';
import { CSV_COLUMNS } from '../open-data-format';
import { OPEN_DATA_PATHS } from '../open-data.routes';

/** The register site's own index.html (the source; the built one has the same head). */
const REGISTER_INDEX = path.resolve(import.meta.dirname, '../../../../../register/index.html');
/**
 * The part of schema.org's context (https://schema.org/docs/jsonldcontext.jsonld) our JSON-LD uses,
 * with the same `@vocab` and term definitions: nothing outside the machine is reachable (DESIGN §6).
 */
const SCHEMA_ORG_CONTEXT = JSON.parse(readFileSync(path.join(import.meta.dirname, 'schema-org-context.jsonld'), 'utf8')) as RemoteDocument['document'];

/** Serves schema.org's context from the local copy; any other address fails the test (no network). */
async function localDocumentLoader(url: string): Promise<RemoteDocument> {
  if (url.replace(/\/$/, '') === 'https://schema.org') return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
  throw new Error(`The JSON-LD tried to load ${url}`);
}

/** Safe mode (jsonld 9; not in its typings yet): any term or value that would be dropped is an error. */
const EXPAND: Options.Expand & { safe: boolean } = { documentLoader: localDocumentLoader, safe: true };

const SCHEMA = 'http://schema.org/';
type Expanded = Record<string, { '@value'?: string; '@type'?: string }[] & Record<string, unknown>[]> & { '@type'?: string[] };

describe('open data: daily export and JSON-LD entry pages', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const today = todayInAmsterdam(new Date());
  const numbers: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { registerIndexFile: REGISTER_INDEX });
    const db = database.dataSource;
    // A board name that tries to end the JSON-LD's script element.
    const board = await createBoard(db, 'Stichting </script><script>alert(1)</script> & Co');
    const fixtures = {
      director: { firstName: 'Anna', infix: 'van', lastName: 'Dijk', board, registration: { registeredOn: '2024-03-15' } },
      deputy: { firstName: 'Eva', lastName: 'Bakker', board, function: 'DEPUTY_DIRECTOR', registration: { registeredOn: '2023-06-01', title: 'RADO', level: 'BASISBEKWAAM' } },
      aspirant: { firstName: 'Ali', lastName: 'Bouzid', registration: { registeredOn: '2025-09-01', aspirant: true, level: null, aspirantUntil: '2027-08-31' } },
      enrolledOnly: { firstName: 'Nog', lastName: 'Niet' },
    } as const;
    for (const [key, fixture] of Object.entries(fixtures)) {
      const { leader } = await createLeader(db, fixture as Parameters<typeof createLeader>[1]);
      numbers[key] = leader.registerNumber;
      numbers[`${key}Id`] = leader.id;
    }
    const staffId = (await signedInClient(db, server.url, [Role.STAFF])).accountId;
    const { execution } = await createCertifiedOffering(db, staffId, {
      providerId: (await createProvider(db)).id,
      themeCodes: ['4'],
      validFrom: '2015-01-01' as CalendarDate,
      validUntil: '2099-12-31' as CalendarDate,
    });
    await createCompletion(db, execution.id, numbers.directorId!, '2025-02-10' as CalendarDate);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${server.url}${pathname}`, { headers });

  it('answers 503 with a Dutch message before the first export', async () => {
    const response = await get(OPEN_DATA_PATHS.csv);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/^Het open-databestand van het register is er nog niet/);
  });

  it('exports every entry of today as CSV and JSON with the public facts only, served with caching headers', async () => {
    // Small batches and parts: the cursor is read three times, each file is stored in several parts.
    const written = await generateOpenDataExport(database.dataSource, today, { batchSize: 1, partBytes: 200 });
    expect(written.entries).toBe(3);
    const [{ parts }] = (await database.dataSource.query(`SELECT count(*)::int AS parts FROM open_data_export_part WHERE export_id = $1 AND format = 'csv'`, [written.id])) as [{ parts: number }];
    expect(parts).toBeGreaterThan(1);

    const json = await get(OPEN_DATA_PATHS.json);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toBe(`attachment; filename="schoolleidersregister-${today}.json"; filename*=UTF-8''schoolleidersregister-${today}.json`);
    expect(json.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(json.headers.get('last-modified')).toBe(written.generatedAt.toUTCString());
    const jsonText = await json.text();
    expect(Number(json.headers.get('content-length'))).toBe(Buffer.byteLength(jsonText));
    const file = JSON.parse(jsonText) as { registerDate: string; generatedAt: string; licence: { id: string }; entryCount: number; entries: Record<string, unknown>[] };
    expect(file).toMatchObject({ registerDate: today, generatedAt: written.generatedAt.toISOString(), licence: { id: 'CC-BY-4.0' }, entryCount: 3 });
    expect(file.entries.map((entry) => entry.registerNumber).sort()).toEqual([numbers.director, numbers.deputy, numbers.aspirant].sort());
    for (const entry of file.entries) expect(Object.keys(entry)).toEqual([...CSV_COLUMNS]);
    expect(file.entries.find((entry) => entry.registerNumber === numbers.director)).toEqual({
      registerNumber: numbers.director,
      displayName: 'Anna van Dijk',
      title: 'RDO',
      aspirant: false,
      qualificationLevel: 'VAKBEKWAAM',
      status: 'ACTIVE',
      registeredOn: '2024-03-15',
      reRegistrationDue: '2028-03-15',
      completedThemes: [{ theme: { code: '4', name: expect.any(String) }, completedOn: '2025-02-10', route: 'FORMAL' }],
      boards: [{ name: 'Stichting </script><script>alert(1)</script> & Co' }],
    });

    const csv = await get(OPEN_DATA_PATHS.csv);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csvText = await csv.text();
    const lines = csvText.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(';'));
    expect(lines).toHaveLength(5); // header, three entries, the empty string after the last CRLF
    expect(lines.find((line) => line.startsWith(`${numbers.director};`))).toBe(
      `${numbers.director};Anna van Dijk;RDO;false;VAKBEKWAAM;ACTIVE;2024-03-15;2028-03-15;4:2025-02-10:FORMAL;Stichting </script><script>alert(1)</script> & Co`,
    );

    // Nothing personal beyond the public entry: the fixtures' e-mail addresses and birth date appear in neither file.
    for (const text of [csvText, jsonText]) {
      expect(text).not.toMatch(/@example\.nl|1975-04-01/);
      expect(text).not.toContain(numbers.enrolledOnly);
    }

    // A conditional GET of the same file is answered without it (fetch would add `no-cache` to a conditional request).
    const again = await get(OPEN_DATA_PATHS.csv, { 'if-none-match': csv.headers.get('etag')!, 'cache-control': 'max-age=0' });
    expect(again.status).toBe(304);
  });

  it('replaces the export on the next run, keeping only the one before for downloads in flight', async () => {
    const before = await get(OPEN_DATA_PATHS.json);
    await createLeader(database.dataSource, { firstName: 'Nieuw', lastName: 'Geregistreerd', registration: { registeredOn: today } });
    await generateOpenDataExport(database.dataSource, today);
    const last = await generateOpenDataExport(database.dataSource, today);

    const after = await get(OPEN_DATA_PATHS.json);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(((await after.json()) as { entryCount: number }).entryCount).toBe(4);
    const stored = (await database.dataSource.query(
      `SELECT e.id, count(p.*)::int AS parts FROM open_data_export e JOIN open_data_export_part p ON p.export_id = e.id GROUP BY e.id ORDER BY max(e.generated_at) DESC`,
    )) as { id: string; parts: number }[];
    expect(stored).toHaveLength(2);
    expect(stored[0]!.id).toBe(last.id);
    const [{ orphans }] = (await database.dataSource.query(
      `SELECT count(*)::int AS orphans FROM open_data_export_part p WHERE NOT EXISTS (SELECT 1 FROM open_data_export e WHERE e.id = p.export_id)`,
    )) as [{ orphans: number }];
    expect(orphans).toBe(0);
  });

  it('serves an entry page whose JSON-LD a crawler reads without JavaScript and expands as schema.org', async () => {
    const response = await get(`/register/${numbers.director}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<title>Anna van Dijk | Schoolleidersregister PO</title>');
    expect(html).toContain(`<meta name="description" content="Anna van Dijk staat in het Schoolleidersregister PO als Registerdirecteur Onderwijs (RDO), vakbekwaam (status: geregistreerd), registratienummer ${numbers.director}." />`);
    // The app still boots from the page.
    expect(html).toContain('<div id="root"></div>');
    // The board's name cannot end the script element early.
    expect(html.match(/<\/script>/g)).toHaveLength(2);

    const [, script] = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html) ?? [];
    const document = JSON.parse(script!) as { '@context': string };
    expect(document['@context']).toBe('https://schema.org');
    const [person] = (await jsonld.expand(document, EXPAND)) as unknown as Expanded[];
    expect(person!['@type']).toEqual([`${SCHEMA}Person`]);
    expect(person![`${SCHEMA}name`]).toEqual([{ '@value': 'Anna van Dijk' }]);
    expect(person![`${SCHEMA}worksFor`]![0]![`${SCHEMA}name`]).toEqual([{ '@value': 'Stichting </script><script>alert(1)</script> & Co' }]);
    const [credential] = person![`${SCHEMA}hasCredential`] as Expanded[];
    expect(credential!['@type']).toEqual([`${SCHEMA}EducationalOccupationalCredential`]);
    expect(credential![`${SCHEMA}identifier`]).toEqual([{ '@value': numbers.director }]);
    expect(credential![`${SCHEMA}name`]).toEqual([{ '@value': 'Registerdirecteur Onderwijs (RDO)' }]);
    expect(credential![`${SCHEMA}validFrom`]).toEqual([{ '@value': '2024-03-15', '@type': `${SCHEMA}Date` }]);
    expect((credential![`${SCHEMA}recognizedBy`] as Expanded[])[0]!['@type']).toEqual([`${SCHEMA}Organization`]);
    expect(credential![`${SCHEMA}creativeWorkStatus`]).toEqual([{ '@value': 'Geregistreerd' }]);
    expect(credential![`${SCHEMA}description`]).toEqual([{ '@value': 'Herregistratie uiterlijk 15 maart 2028.' }]);
  });

  it('answers an unknown register number with the normal page and 404', async () => {
    const response = await get('/register/999999999');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<title>Registratie niet gevonden | Schoolleidersregister PO</title>');
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('application/ld+json');
    // Known but not in the register today: the page without facts, 200.
    const enrolled = await get(`/register/${numbers.enrolledOnly}`);
    expect(enrolled.status).toBe(200);
    expect(await enrolled.text()).not.toContain('application/ld+json');
  });
});
