import { evaluatePortfolioChecklist, type PortfolioChecklist, type Reason, type RuleSet } from '@srpo/domain';

export type ChecklistField = keyof PortfolioChecklist;

/** The yes/no requirements, in the checklist's order. */
export const CHECK_FIELDS = ['followsFixedStructure', 'showsDevelopment', 'clearWriting', 'ownRoleCentral'] as const satisfies readonly ChecklistField[];
/** The counted requirements, in the checklist's order. */
export const COUNT_FIELDS = ['colleagueFeedbackCount', 'sourceCount', 'literatureSourceCount', 'evidenceCount', 'wordCount'] as const satisfies readonly ChecklistField[];

type CheckField = (typeof CHECK_FIELDS)[number];
type CountField = (typeof COUNT_FIELDS)[number];

/** The form's state: ticks as booleans, counts as typed. */
export type ChecklistDraft = { readonly [K in CheckField]: boolean } & { readonly [K in CountField]: string };

export const EMPTY_CHECKLIST: ChecklistDraft = {
  followsFixedStructure: false,
  showsDevelopment: false,
  clearWriting: false,
  ownRoleCentral: false,
  colleagueFeedbackCount: '',
  sourceCount: '',
  literatureSourceCount: '',
  evidenceCount: '',
  wordCount: '',
};

/** Which field each of the domain's checklist reasons is about, to show it beside that field. */
const REASON_FIELD: Readonly<Record<string, ChecklistField>> = {
  PORTFOLIO_CHECKLIST_STRUCTURE: 'followsFixedStructure',
  PORTFOLIO_CHECKLIST_DEVELOPMENT: 'showsDevelopment',
  PORTFOLIO_CHECKLIST_COLLEAGUE_FEEDBACK: 'colleagueFeedbackCount',
  PORTFOLIO_CHECKLIST_SOURCES: 'sourceCount',
  PORTFOLIO_CHECKLIST_LITERATURE: 'literatureSourceCount',
  PORTFOLIO_CHECKLIST_EVIDENCE: 'evidenceCount',
  PORTFOLIO_CHECKLIST_WORDS: 'wordCount',
  PORTFOLIO_CHECKLIST_WRITING: 'clearWriting',
  PORTFOLIO_CHECKLIST_OWN_ROLE: 'ownRoleCentral',
};

export interface ChecklistVerdict {
  /** The checklist to send; null while a count is not a whole number. */
  checklist: PortfolioChecklist | null;
  /** Counts that are not a whole number (0 or more). */
  invalid: readonly CountField[];
  /** The domain's unmet requirements, by the field they are about. */
  unmet: Partial<Record<ChecklistField, Reason>>;
  /** null while the checklist is incomplete. */
  sufficient: boolean | null;
}

/**
 * The draft checked by the domain's `evaluatePortfolioChecklist`: what to send, and which requirement fails where.
 * Every requirement is judged on its own, so the filled-in ones are named even while a count is still missing.
 */
export function checklistVerdict(draft: ChecklistDraft, rules: RuleSet): ChecklistVerdict {
  const invalid = COUNT_FIELDS.filter((field) => !/^\d{1,7}$/.test(draft[field].trim()));
  const checklist: PortfolioChecklist = {
    ...draft,
    ...(Object.fromEntries(COUNT_FIELDS.map((field) => [field, invalid.includes(field) ? 0 : Number(draft[field].trim())])) as Record<CountField, number>),
  };
  const result = evaluatePortfolioChecklist(checklist, rules);
  const unmet: Partial<Record<ChecklistField, Reason>> = {};
  if (!result.ok) {
    for (const reason of result.reasons) {
      const field = REASON_FIELD[reason.code];
      if (field && !(invalid as readonly string[]).includes(field)) unmet[field] = reason;
    }
  }
  if (invalid.length > 0) return { checklist: null, invalid, unmet, sufficient: null };
  return { checklist, invalid, unmet, sufficient: result.ok };
}
