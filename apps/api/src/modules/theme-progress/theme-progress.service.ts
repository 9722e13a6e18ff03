import {
  completedThemes,
  evaluateReRegistration,
  isCertifiedOn,
  type CalendarDate,
  type EvidenceWindow,
  type FormalCompletion,
  type IgnoredEvidence,
  type ThemeDefinition,
} from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { ruleError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { currentRegistrationOf } from '../registrations/latest-registration';
import { leaderOfAccount } from '../leaders/leader.service';
import { toRegistrationFacts } from '../registrations/registration.facts';
import { loadRegistrationHistory } from '../registrations/registration.loaders';
import {
  formalCompletionOf,
  loadFormalCompletions,
  loadInformalValidations,
  loadOfferingCredits,
  loadThemeCatalogue,
  type StoredInformalValidation,
  type ThemeCatalogue,
} from './theme-evidence';
import type { ThemeProgressCompletionType, ThemeProgressItemType, ThemeProgressType, ThemeProgressValidationType } from './theme-progress.types';

/** A leader's theme progress and re-registration evaluation, computed by the domain from stored evidence. */
export class ThemeProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  /**
   * Progress in the current period; with `whatIfOfferingIds`, as if the leader completed those
   * certified offerings today. Null when the leader has no registration.
   */
  async progress(whatIfOfferingIds: readonly string[] = []): Promise<ThemeProgressType | null> {
    const leader = await leaderOfAccount(this.dataSource.manager, this.actor);
    return this.progressOf(leader.id, whatIfOfferingIds);
  }

  /** Progress of a given leader (the caller has checked that the actor may see it). */
  async progressOf(leaderId: string, whatIfOfferingIds: readonly string[] = []): Promise<ThemeProgressType | null> {
    const manager = this.dataSource.manager;
    const registration = await currentRegistrationOf(manager, leaderId);
    if (!registration) return null;
    const [history] = await loadRegistrationHistory(manager, [registration]);
    const facts = toRegistrationFacts(history!);
    const catalogue = await loadThemeCatalogue(manager);
    const completions = (await loadFormalCompletions(manager, [leaderId], catalogue)).get(leaderId) ?? [];
    const validations = (await loadInformalValidations(manager, [leaderId], catalogue)).get(leaderId) ?? [];
    const hypothetical = await this.hypotheticalCompletions(whatIfOfferingIds, catalogue);

    const evidence = [...completions, ...hypothetical];
    const evaluation = evaluateReRegistration(facts, { catalogue: catalogue.definitions, completions: evidence, validations }, this.today);
    return {
      periodStartsOn: evaluation.periodStartsOn,
      dueDate: evaluation.dueDate,
      themes: this.themeItems(catalogue, evidence, validations, evaluation.evidenceWindow, evaluation.themesCompleted),
      evaluation: {
        eligible: evaluation.eligible,
        route: evaluation.route,
        themesCompleted: evaluation.themesCompleted.length,
        themesMissing: evaluation.themesMissing,
        themesRequired: evaluation.themesRequired,
        nextDueDate: evaluation.nextDueDate,
        newLevel: evaluation.newLevel,
        expiresOn: evaluation.expiresOn,
        reasons: evaluation.reasons.map(({ code, message }) => ({ code, message })),
        explanation: [...evaluation.explanation],
      },
      completions: whatIfOfferingIds.length ? [] : await this.completionItems(completions, evaluation.ignored),
      informalValidations: whatIfOfferingIds.length ? [] : validationItems(catalogue, validations, evaluation.ignored),
    };
  }

  /** The recorded completions, newest first, each with the domain's reasons when it does not count. */
  private async completionItems(completions: readonly FormalCompletion[], ignored: readonly IgnoredEvidence[]): Promise<ThemeProgressCompletionType[]> {
    const ids = completions.flatMap((completion) => completion.id ?? []);
    const titles = new Map(
      ((await this.dataSource.query(
        `SELECT c.id, o.title FROM completion c JOIN offering_execution e ON e.id = c.execution_id JOIN offering o ON o.id = e.offering_id
          WHERE c.id = ANY($1::uuid[])`,
        [ids],
      )) as { id: string; title: string }[]).map((row) => [row.id, row.title]),
    );
    return completions
      .flatMap((completion) => {
        if (!completion.id) return [];
        const reasons = notCountedReasons(ignored, completion.id);
        return [
          {
            id: completion.id,
            offeringTitle: titles.get(completion.id) ?? '',
            completedOn: completion.completedOn,
            credits: [...completion.themeCodes, ...completion.subthemeCodes],
            counts: reasons.length === 0,
            notCountedReasons: reasons,
          },
        ];
      })
      .sort((a, b) => (a.completedOn < b.completedOn ? 1 : a.completedOn > b.completedOn ? -1 : a.offeringTitle.localeCompare(b.offeringTitle)));
  }

  private async hypotheticalCompletions(offeringIds: readonly string[], catalogue: ThemeCatalogue): Promise<FormalCompletion[]> {
    const unique = [...new Set(offeringIds)];
    const credits = await loadOfferingCredits(this.dataSource, unique, catalogue);
    return unique.map((offeringId) => {
      const completion = formalCompletionOf(credits.get(offeringId) ?? [], this.today);
      if (!completion || !isCertifiedOn(completion.certification, this.today)) {
        throw ruleError('OFFERING_NOT_CERTIFIED', 'Een van de gekozen aanbiedingen is vandaag niet gecertificeerd.', { field: 'offeringIds', offeringId });
      }
      return completion;
    });
  }

  /**
   * Per theme: completed (from the evaluation, with the informal validation's source when that
   * completed it) or which subthemes are covered. Coverage per subtheme is asked of the domain too, by
   * presenting each subtheme as a one-subtheme theme.
   */
  private themeItems(
    catalogue: ThemeCatalogue,
    evidence: readonly FormalCompletion[],
    validations: readonly StoredInformalValidation[],
    window: EvidenceWindow | null,
    completed: ReturnType<typeof evaluateReRegistration>['themesCompleted'],
  ): ThemeProgressItemType[] {
    const bySubtheme: ThemeDefinition[] = catalogue.definitions.flatMap((theme) =>
      theme.subthemeCodes.map((code) => ({ code: `subtheme:${code}`, subthemeCodes: [code], validity: theme.validity })),
    );
    // Informal validations credit whole themes only, so subtheme coverage comes from formal completions.
    const covered = new Set(
      window ? completedThemes(bySubtheme, evidence, [], window).completed.map((completion) => completion.themeCode.slice('subtheme:'.length)) : [],
    );
    const validationById = new Map(validations.map((validation) => [validation.id, validation]));
    return catalogue.themes.map((theme) => {
      const done = completed.find((completion) => completion.themeCode === theme.code);
      const validation = done?.basis === 'INFORMAL_VALIDATION' ? validationById.get(done.evidenceIds[0] ?? '') : undefined;
      const subthemes = (catalogue.subthemesByThemeCode.get(theme.code) ?? []).map((subtheme) => ({ code: subtheme.code, name: subtheme.name }));
      return {
        theme: { code: theme.code, name: theme.name },
        completed: done !== undefined,
        completedOn: done?.completedOn ?? null,
        route: done?.route ?? null,
        basis: done?.basis ?? null,
        informalSource: validation ? sourceOf(validation) : null,
        coveredSubthemes: subthemes.filter((subtheme) => covered.has(subtheme.code)),
        missingSubthemes: done ? [] : subthemes.filter((subtheme) => !covered.has(subtheme.code)),
      };
    });
  }
}

/** Why the evidence with this id does not count (the domain's reasons, each once); empty when it counts. */
function notCountedReasons(ignored: readonly IgnoredEvidence[], id: string): string[] {
  return [...new Set(ignored.filter((item) => item.id === id).map((item) => item.reason.message))];
}

function sourceOf(validation: StoredInformalValidation) {
  return { method: validation.method, organisationName: validation.organisationName, validatedOn: validation.validatedOn };
}

/** The leader's informal validations, newest first, each with the domain's reasons when it does not count. */
function validationItems(catalogue: ThemeCatalogue, validations: readonly StoredInformalValidation[], ignored: readonly IgnoredEvidence[]): ThemeProgressValidationType[] {
  const themeByCode = new Map(catalogue.themes.map((theme) => [theme.code, theme]));
  return validations
    .map((validation) => {
      const reasons = notCountedReasons(ignored, validation.id);
      return {
        id: validation.id,
        theme: { code: validation.themeCode, name: themeByCode.get(validation.themeCode)?.name ?? validation.themeCode },
        source: sourceOf(validation),
        counts: reasons.length === 0,
        notCountedReasons: reasons,
      };
    })
    .reverse();
}
