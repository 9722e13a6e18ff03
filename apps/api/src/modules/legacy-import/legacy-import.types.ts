import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const LegacyImportState = {
  UPLOADED: 'UPLOADED',
  DRY_RUN_QUEUED: 'DRY_RUN_QUEUED',
  DRY_RUN_RUNNING: 'DRY_RUN_RUNNING',
  DRY_RUN_DONE: 'DRY_RUN_DONE',
  RUN_QUEUED: 'RUN_QUEUED',
  RUN_RUNNING: 'RUN_RUNNING',
  DONE: 'DONE',
  FAILED: 'FAILED',
} as const;
export type LegacyImportState = (typeof LegacyImportState)[keyof typeof LegacyImportState];
registerEnumType(LegacyImportState, { name: 'LegacyImportState', description: 'Where a legacy import is: files uploaded, dry run queued/running/done, run queued/running, done, or failed.' });

export const LegacyImportPassValue = { DRY_RUN: 'DRY_RUN', RUN: 'RUN' } as const;
registerEnumType(LegacyImportPassValue, { name: 'LegacyImportPass', description: 'DRY_RUN: what the import would do (nothing is stored); RUN: what it did.' });

export const LegacyRowOutcome = { CREATE: 'CREATE', UPDATE: 'UPDATE', UNCHANGED: 'UNCHANGED', REFUSED: 'REFUSED' } as const;
registerEnumType(LegacyRowOutcome, { name: 'LegacyRowOutcome', description: 'What a row does to the register: a new record, a changed one, nothing, or refused (with reasons).' });

@ObjectType('LegacyImportReason', { description: 'Why a row or file is refused: the rule code and its Dutch message.' })
export class LegacyImportReasonType {
  @Field(() => String)
  code: string;

  @Field(() => String)
  message: string;
}

@ObjectType('LegacyImportKindCounts', { description: 'Rows of one kind (file or sheet) and what they do.' })
export class LegacyImportKindCountsType {
  @Field(() => String, { description: 'besturen, schoolleiders, dienstverbanden, registraties, herregistraties, uitstel or afrondingen.' })
  kind: string;

  @Field(() => Int)
  read: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  refused: number;
}

@ObjectType('LegacyImportFileProblem', { description: 'A file or sheet that was not read at all, with why.' })
export class LegacyImportFileProblemType {
  @Field(() => String)
  file: string;

  @Field(() => [LegacyImportReasonType])
  reasons: LegacyImportReasonType[];
}

@ObjectType('LegacyImportReport', { description: 'The outcome of a pass: counts per kind and the files not read.' })
export class LegacyImportReportType {
  @Field(() => [LegacyImportKindCountsType])
  counts: LegacyImportKindCountsType[];

  @Field(() => [LegacyImportFileProblemType])
  problems: LegacyImportFileProblemType[];

  @Field(() => Float, { description: 'Seconds the pass took.' })
  seconds: number;
}

@ObjectType('LegacyImportProgress', { description: 'Rows of a kind read and processed so far; total when known (the run knows it from its dry run).' })
export class LegacyImportProgressType {
  @Field(() => String)
  kind: string;

  @Field(() => Int)
  read: number;

  @Field(() => Int)
  processed: number;

  @Field(() => Int, { nullable: true })
  total: number | null;
}

@ObjectType('LegacyImport', { description: 'An import of the old register: its files, where it is, its progress and reports.' })
export class LegacyImportType {
  @Field(() => ID)
  id: string;

  @Field(() => LegacyImportState)
  state: LegacyImportState;

  @Field(() => [String])
  fileNames: string[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => [LegacyImportProgressType])
  progress: LegacyImportProgressType[];

  @Field(() => LegacyImportReportType, { nullable: true })
  dryRunReport: LegacyImportReportType | null;

  @Field(() => LegacyImportReportType, { nullable: true })
  runReport: LegacyImportReportType | null;

  @Field(() => Boolean, { description: 'The last pass failed (the error is logged; nothing of a failed run is stored).' })
  failed: boolean;
}

@ObjectType('LegacyImportRow', { description: 'One row of a pass: its kind, row number in its file or sheet, outcome and reasons.' })
export class LegacyImportRowType {
  @Field(() => String)
  kind: string;

  @Field(() => Int)
  rowNumber: number;

  @Field(() => LegacyRowOutcome)
  outcome: string;

  @Field(() => [LegacyImportReasonType])
  reasons: LegacyImportReasonType[];
}

@ObjectType('LegacyImportRowPage', { description: 'A page of rows (offset paging, in kind and row order).' })
export class LegacyImportRowPageType {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [LegacyImportRowType])
  rows: LegacyImportRowType[];
}

@ObjectType('LegacyOrigin', { description: 'A record taken over from the old register by the legacy import: when.' })
export class LegacyOriginType {
  @Field(() => GraphQLISODateTime)
  importedAt: Date;
}
