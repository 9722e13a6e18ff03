import { LEGACY_IMPORT_KINDS, type LegacyImportKind } from '@srpo/domain';
import type { TFunction } from 'i18next';

function isLegacyKind(kind: string): kind is LegacyImportKind {
  return (LEGACY_IMPORT_KINDS as readonly string[]).includes(kind);
}

/** A kind of the old register's export in words ("Schoolleiders"); a kind the page does not know stays as the API wrote it. */
export function legacyKindLabel(t: TFunction, kind: string): string {
  return isLegacyKind(kind) ? t(`legacyImport.kinds.${kind}`) : kind;
}
