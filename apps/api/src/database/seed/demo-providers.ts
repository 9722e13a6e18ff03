import { addDays, addYears, certificationEnd, type CalendarDate, type QualificationLevel } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Account } from '../../modules/accounts/account.entity';
import { Completion } from '../../modules/completions/completion.entity';
import { Certification, CertificationScope, Offering, OfferingClaim, OfferingExecution, type OfferingKind } from '../../modules/offerings/offering.entity';
import { Provider } from '../../modules/providers/provider.entity';
import { Subtheme } from '../../modules/themes/subtheme.entity';
import { Theme } from '../../modules/themes/theme.entity';

interface DemoOffering {
  title: string;
  kind: OfferingKind;
  leadsToLevel?: QualificationLevel;
  hours: number;
  themeCodes: string[];
  subthemeCodes: string[];
  description: string;
}

const DEMO_PROVIDERS: readonly { name: string; kvkNumber: string; website: string; city: string; offerings: DemoOffering[] }[] = [
  {
    name: 'Academie voor Schoolleiderschap',
    kvkNumber: '30123456',
    website: 'https://academie-schoolleiderschap.example.nl',
    city: 'Utrecht',
    offerings: [
      { title: 'Persoonlijk leiderschap en regie', kind: 'COURSE', hours: 32, themeCodes: ['1', '2'], subthemeCodes: [], description: 'Vier bijeenkomsten over eigen leiderschap en strategische regie.' },
      { title: 'Opleiding schoolleider basisbekwaam', kind: 'BASIC_PROGRAMME', leadsToLevel: 'BASISBEKWAAM', hours: 400, themeCodes: [], subthemeCodes: [], description: 'Tweejarige opleiding voor startende schoolleiders.' },
    ],
  },
  {
    name: 'Bureau Onderwijsontwikkeling',
    kvkNumber: '27654321',
    website: 'https://bureau-onderwijsontwikkeling.example.nl',
    city: 'Rotterdam',
    offerings: [
      { title: 'Werken met data en kwaliteitszorg', kind: 'COURSE', hours: 16, themeCodes: [], subthemeCodes: ['4.1', '4.2'], description: 'Opbrengsten analyseren en kwaliteitszorg inrichten.' },
      { title: 'Veranderen met het team', kind: 'COURSE', hours: 24, themeCodes: ['6'], subthemeCodes: [], description: 'Veranderprocessen ontwerpen en draagvlak opbouwen.' },
    ],
  },
  {
    name: 'Instituut Toekomstgericht Onderwijs',
    kvkNumber: '41888222',
    website: 'https://ito.example.nl',
    city: 'Groningen',
    offerings: [
      { title: 'Omgaan met verschillen in de school', kind: 'COURSE', hours: 20, themeCodes: ['5'], subthemeCodes: [], description: 'Passend onderwijs en inclusie vanuit de schoolleiding.' },
      { title: 'Onderwijs voor morgen', kind: 'COURSE', hours: 12, themeCodes: ['7', '3'], subthemeCodes: [], description: 'Toekomstgericht onderwijs in relatie tot de omgeving.' },
    ],
  },
];

/**
 * Providers with certified offerings (several themes), executions and completions for some demo
 * leaders; links aanbieder@demo.srpo.nl to the first provider. Runs inside the demo seed.
 */
export async function seedDemoProviders(dataSource: DataSource, today: CalendarDate): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const staff = await manager.getRepository(Account).findOneBy({ email: 'medewerker@demo.srpo.nl' });
    const decider = staff ?? (await manager.getRepository(Account).findOneByOrFail({ email: 'aanbieder@demo.srpo.nl' }));
    const themes = new Map((await manager.getRepository(Theme).find()).map((theme) => [theme.code, theme.id]));
    const subthemes = new Map((await manager.getRepository(Subtheme).find()).map((subtheme) => [subtheme.code, subtheme.id]));
    const validFrom = addYears(today, -3);
    const validUntil = certificationEnd({ validFrom });
    const executionIds: { id: string; startsOn: CalendarDate }[] = [];

    for (const [index, demo] of DEMO_PROVIDERS.entries()) {
      const provider = await manager.getRepository(Provider).save(
        manager.getRepository(Provider).create({
          name: demo.name, kvkNumber: demo.kvkNumber, contactEmail: `info@${new URL(demo.website).hostname}`, phone: '030-2345678', website: demo.website,
          description: `Opleider voor schoolleiders in ${demo.city}.`,
        }),
      );
      if (index === 0) await manager.getRepository(Account).update({ email: 'aanbieder@demo.srpo.nl' }, { providerId: provider.id });
      for (const offering of demo.offerings) {
        const saved = await manager.getRepository(Offering).save(
          manager.getRepository(Offering).create({
            providerId: provider.id, boardId: null, title: offering.title, kind: offering.kind, leadsToLevel: offering.leadsToLevel ?? null,
            description: offering.description, hours: offering.hours, status: 'CERTIFIED', submittedOn: addDays(validFrom, -30),
          }),
        );
        const scope = [
          ...offering.themeCodes.map((code) => ({ themeId: themes.get(code) ?? null, subthemeId: null })),
          ...offering.subthemeCodes.map((code) => ({ themeId: null, subthemeId: subthemes.get(code) ?? null })),
        ].filter((row) => row.themeId !== null || row.subthemeId !== null);
        if (scope.length) await manager.getRepository(OfferingClaim).insert(scope.map((row) => ({ offeringId: saved.id, ...row })));
        const certification = await manager.getRepository(Certification).save(
          manager.getRepository(Certification).create({ offeringId: saved.id, outcome: 'CERTIFIED', decidedOn: validFrom, decidedBy: decider.id, validFrom, validUntil, grounds: null }),
        );
        if (scope.length) await manager.getRepository(CertificationScope).insert(scope.map((row) => ({ certificationId: certification.id, ...row })));
        for (const offset of [-200, -60, 45, 120]) {
          const startsOn = addDays(today, offset);
          const execution = await manager.getRepository(OfferingExecution).save(
            manager.getRepository(OfferingExecution).create({ offeringId: saved.id, startsOn, endsOn: addDays(startsOn, 1), location: offset % 2 === 0 ? demo.city : null, online: offset % 2 !== 0, capacity: 20 }),
          );
          if (offset < 0 && scope.length) executionIds.push({ id: execution.id, startsOn: execution.endsOn });
        }
      }
    }
    await seedCompletions(manager, executionIds);
  });
}

/** Completions for the first registered, active demo leaders: some with one theme, some with enough for re-registration. */
async function seedCompletions(manager: EntityManager, executions: readonly { id: string; startsOn: CalendarDate }[]): Promise<void> {
  const leaders = (await manager.query(
    `SELECT l.id FROM school_leader l JOIN registration r ON r.leader_id = l.id
      WHERE r.deregistered_on IS NULL AND NOT r.aspirant ORDER BY l.register_number LIMIT 60`,
  )) as { id: string }[];
  const rows = leaders.flatMap((leader, index) => {
    const count = 1 + (index % 4);
    return Array.from({ length: count }, (_, n) => executions[(index * 3 + n * 2) % executions.length]!).map((execution) => ({
      executionId: execution.id, leaderId: leader.id, completedOn: execution.startsOn, source: 'PROVIDER' as const, status: 'RECORDED' as const, recordedBy: null,
    }));
  });
  const unique = [...new Map(rows.map((row) => [`${row.executionId}:${row.leaderId}`, row])).values()];
  if (unique.length) await manager.getRepository(Completion).insert(unique);
}
