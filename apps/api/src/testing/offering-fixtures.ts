import type { CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { Account } from '../modules/accounts/account.entity';
import { Role } from '../modules/accounts/role';
import { Completion } from '../modules/completions/completion.entity';
import { Certification, CertificationScope, Offering, OfferingExecution } from '../modules/offerings/offering.entity';
import { Provider } from '../modules/providers/provider.entity';
import { Subtheme } from '../modules/themes/subtheme.entity';
import { Theme } from '../modules/themes/theme.entity';
import { signedInClient, type TestClient } from './sessions';

let sequence = 0;

export async function createProvider(dataSource: DataSource, name = 'Academie Test'): Promise<Provider> {
  sequence += 1;
  const kvkNumber = String(10_000_000 + ((process.pid * 131 + sequence * 7919) % 89_999_999)).slice(0, 8);
  return dataSource.getRepository(Provider).save({ name, kvkNumber, contactEmail: `info${sequence}@academie.nl`, phone: '030-1234567', website: 'https://academie.example.nl', description: null });
}

/** A signed-in PROVIDER account acting for `providerId`. */
export async function providerClient(dataSource: DataSource, baseUrl: string, providerId: string): Promise<TestClient> {
  const client = await signedInClient(dataSource, baseUrl, [Role.PROVIDER]);
  await dataSource.getRepository(Account).update({ id: client.accountId }, { providerId });
  return client;
}

/** A signed-in BOARD account acting for `boardId`. */
export async function boardClient(dataSource: DataSource, baseUrl: string, boardId: string): Promise<TestClient> {
  const client = await signedInClient(dataSource, baseUrl, [Role.BOARD]);
  await dataSource.getRepository(Account).update({ id: client.accountId }, { boardId });
  return client;
}

/** Subthemes for a theme of the start catalogue (e.g. 4 → 4.1, 4.2), unless they exist. */
export async function ensureSubthemes(dataSource: DataSource, themeCode: string, codes: string[]): Promise<void> {
  const theme = await dataSource.getRepository(Theme).findOneByOrFail({ code: themeCode });
  for (const [index, code] of codes.entries()) {
    if (await dataSource.getRepository(Subtheme).existsBy({ code })) continue;
    await dataSource.getRepository(Subtheme).insert({ themeId: theme.id, code, name: `Deelthema ${code}`, description: null, validFrom: '2014-01-01' as CalendarDate, validUntil: null, sortOrder: index + 1 });
  }
}

export interface CertifiedOfferingFixture {
  providerId: string;
  title?: string;
  themeCodes?: string[];
  subthemeCodes?: string[];
  validFrom: CalendarDate;
  validUntil: CalendarDate;
}

/** A certified offering with one execution, written straight to the database. */
export async function createCertifiedOffering(
  dataSource: DataSource,
  decidedBy: string,
  fixture: CertifiedOfferingFixture,
): Promise<{ offering: Offering; execution: OfferingExecution }> {
  const offering = await dataSource.getRepository(Offering).save({
    providerId: fixture.providerId, boardId: null, title: fixture.title ?? 'Cursus', kind: 'COURSE', leadsToLevel: null,
    description: '', hours: 40, status: 'CERTIFIED', submittedOn: fixture.validFrom,
  } as Offering);
  const certification = await dataSource.getRepository(Certification).save({
    offeringId: offering.id, outcome: 'CERTIFIED', decidedOn: fixture.validFrom, decidedBy, validFrom: fixture.validFrom, validUntil: fixture.validUntil, grounds: null,
  } as Certification);
  const themes = fixture.themeCodes?.length ? await dataSource.getRepository(Theme).findBy(fixture.themeCodes.map((code) => ({ code }))) : [];
  const subthemes = fixture.subthemeCodes?.length ? await dataSource.getRepository(Subtheme).findBy(fixture.subthemeCodes.map((code) => ({ code }))) : [];
  await dataSource.getRepository(CertificationScope).insert([
    ...themes.map((theme) => ({ certificationId: certification.id, themeId: theme.id, subthemeId: null })),
    ...subthemes.map((subtheme) => ({ certificationId: certification.id, themeId: null, subthemeId: subtheme.id })),
  ]);
  const execution = await dataSource.getRepository(OfferingExecution).save({
    offeringId: offering.id, startsOn: fixture.validFrom, endsOn: fixture.validFrom, location: 'Utrecht', online: false, capacity: 20,
  } as OfferingExecution);
  return { offering, execution };
}

/** A counted completion written straight to the database (also one the API would refuse, to test the rules). */
export async function createCompletion(dataSource: DataSource, executionId: string, leaderId: string, completedOn: CalendarDate): Promise<void> {
  await dataSource.getRepository(Completion).insert({ executionId, leaderId, completedOn, source: 'PROVIDER', status: 'RECORDED', recordedBy: null });
}
