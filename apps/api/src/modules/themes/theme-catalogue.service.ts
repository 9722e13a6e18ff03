import { checkCatalogueCode, checkValidityChange, reason, type CalendarDate, type CatalogueValidityChange } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { assertId, lockForChange } from '../../database/row-lock';
import { AppError, reasonError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { recordAudit } from '../audit/record-audit';
import { Subtheme } from './subtheme.entity';
import { Theme } from './theme.entity';
import type { CatalogueItemInput, NewSubthemeInput, NewThemeInput } from './theme.types';

const MAX_NAME = 200;
const MAX_DESCRIPTION = 2000;

/** Name and description trimmed and required (a subtheme's description is optional). */
function checkTexts(input: CatalogueItemInput, descriptionRequired: boolean): { name: string; description: string } {
  const name = input.name.trim();
  const description = input.description?.trim() ?? '';
  if (!name) throw new AppError('BAD_USER_INPUT', 'Geef een naam op.', { field: 'name' });
  if (name.length > MAX_NAME) throw new AppError('BAD_USER_INPUT', `Een naam heeft hoogstens ${MAX_NAME} tekens.`, { field: 'name' });
  if (descriptionRequired && !description) throw new AppError('BAD_USER_INPUT', 'Geef een omschrijving op.', { field: 'description' });
  if (description.length > MAX_DESCRIPTION) {
    throw new AppError('BAD_USER_INPUT', `Een omschrijving heeft hoogstens ${MAX_DESCRIPTION} tekens.`, { field: 'description' });
  }
  return { name, description };
}

/** Refuses with the first of the domain's reasons (field: the date it is about). */
function assertValidity(change: CatalogueValidityChange): void {
  const [first] = checkValidityChange(change);
  if (first) throw reasonError(first, { field: first.code === 'CATALOGUE_END_BEFORE_START' || first.code === 'CATALOGUE_ITEM_CERTIFIED' ? 'validUntil' : 'validFrom' });
}

/**
 * Staff edit the theme catalogue as data (DESIGN §3.4): add themes and subthemes with validity dates,
 * change their name, description and dates, retire them by setting an end date. Nothing is ever
 * deleted, and codes never change (third parties and credited completions rely on them). The
 * catalogue caches follow by themselves: triggers bump the `catalogue` version in the same transaction.
 */
export class ThemeCatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly today: CalendarDate,
  ) {}

  async addTheme(input: NewThemeInput): Promise<Theme> {
    const code = input.code.trim();
    const invalid = checkCatalogueCode(code);
    if (invalid) throw reasonError(invalid, { field: 'code' });
    const texts = checkTexts(input, true);
    const window = { validFrom: input.validFrom, validUntil: input.validUntil ?? null };
    assertValidity({ code, before: null, after: window, today: this.today, certifiedUntil: null });
    return this.dataSource.transaction(async (manager) => {
      // One writer of the catalogue's order at a time; the wildcard stays last.
      await manager.query(`LOCK TABLE theme IN SHARE ROW EXCLUSIVE MODE`);
      await this.assertCodeFree(manager, Theme, code);
      const [{ next }] = (await manager.query(`SELECT coalesce(max(sort_order) FILTER (WHERE NOT is_wildcard), 0) + 1 AS next FROM theme`)) as [{ next: number }];
      await manager.query(`UPDATE theme SET sort_order = sort_order + 1 WHERE is_wildcard AND sort_order >= $1`, [next]);
      const saved = await manager.getRepository(Theme).save(manager.getRepository(Theme).create({ code, ...texts, ...window, isWildcard: false, sortOrder: next }));
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'theme', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  async updateTheme(id: string, version: number, input: CatalogueItemInput): Promise<Theme> {
    assertId(id, 'id');
    const texts = checkTexts(input, true);
    return this.dataSource.transaction(async (manager) => {
      const theme = await lockForChange(manager, Theme, id, version, 'Dit thema');
      const after = { validFrom: input.validFrom, validUntil: input.validUntil ?? null };
      const subthemes = await manager.getRepository(Subtheme).findBy({ themeId: id });
      assertValidity({
        code: theme.code,
        before: theme,
        after,
        today: this.today,
        subthemes,
        certifiedUntil: await this.certifiedUntil(manager, `s.theme_id = $1 OR s.subtheme_id IN (SELECT id FROM subtheme WHERE theme_id = $1)`, id),
      });
      const before = { ...theme };
      Object.assign(theme, texts, after);
      const saved = await manager.getRepository(Theme).save(theme);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'theme', entityId: id, action: auditAction(before, saved), before, after: saved });
      return saved;
    });
  }

  async addSubtheme(themeId: string, input: NewSubthemeInput): Promise<Subtheme> {
    assertId(themeId, 'themeId');
    const code = input.code.trim();
    const texts = checkTexts(input, false);
    const window = { validFrom: input.validFrom, validUntil: input.validUntil ?? null };
    return this.dataSource.transaction(async (manager) => {
      // The theme's dates must not change while a subtheme is placed inside them.
      const theme = await lockForChange(manager, Theme, themeId, null, 'Dit thema');
      const invalid = checkCatalogueCode(code, theme.code);
      if (invalid) throw reasonError(invalid, { field: 'code' });
      assertValidity({ code, before: null, after: window, today: this.today, theme, certifiedUntil: null });
      await this.assertCodeFree(manager, Subtheme, code);
      const [{ next }] = (await manager.query(`SELECT coalesce(max(sort_order), 0) + 1 AS next FROM subtheme WHERE theme_id = $1`, [themeId])) as [{ next: number }];
      const saved = await manager
        .getRepository(Subtheme)
        .save(manager.getRepository(Subtheme).create({ themeId, code, name: texts.name, description: texts.description || null, ...window, sortOrder: next }));
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'subtheme', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  async updateSubtheme(id: string, version: number, input: CatalogueItemInput): Promise<Subtheme> {
    assertId(id, 'id');
    const texts = checkTexts(input, false);
    return this.dataSource.transaction(async (manager) => {
      const subtheme = await lockForChange(manager, Subtheme, id, version, 'Dit deelthema');
      const theme = await lockForChange(manager, Theme, subtheme.themeId, null, 'Het thema');
      const after = { validFrom: input.validFrom, validUntil: input.validUntil ?? null };
      assertValidity({
        code: subtheme.code,
        before: subtheme,
        after,
        today: this.today,
        theme,
        certifiedUntil: await this.certifiedUntil(manager, `s.subtheme_id = $1`, id),
      });
      const before = { ...subtheme };
      Object.assign(subtheme, { name: texts.name, description: texts.description || null }, after);
      const saved = await manager.getRepository(Subtheme).save(subtheme);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'subtheme', entityId: id, action: auditAction(before, saved), before, after: saved });
      return saved;
    });
  }

  /** A readable refusal before the unique index would answer the same (it still guards races). */
  private async assertCodeFree(manager: EntityManager, target: typeof Theme | typeof Subtheme, code: string): Promise<void> {
    if (await manager.getRepository<Theme | Subtheme>(target).existsBy({ code })) {
      throw reasonError(reason('CATALOGUE_CODE_TAKEN', { code }), { field: 'code' });
    }
  }

  /** The last day any certification whose scope matches `scope` ($1 = the item's id) is valid. */
  private async certifiedUntil(manager: EntityManager, scope: string, id: string): Promise<CalendarDate | null> {
    const [row] = (await manager.query(
      `SELECT max(c.valid_until) AS until FROM certification c JOIN certification_scope s ON s.certification_id = c.id
        WHERE c.outcome = 'CERTIFIED' AND (${scope})`,
      [id],
    )) as [{ until: CalendarDate | null }];
    return row.until;
  }
}

/** RETIRE when this change set the end date, UPDATE otherwise: the audit trail says what staff did. */
function auditAction(before: { validUntil: CalendarDate | null }, after: { validUntil: CalendarDate | null }): string {
  return before.validUntil === null && after.validUntil !== null ? 'RETIRE' : 'UPDATE';
}
