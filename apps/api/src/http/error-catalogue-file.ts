import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorCatalogue } from './error-catalogue';

/** The checked-in copy of the catalogue, apps/api/error-catalogue.json (for the public API page and docs). */
export const ERROR_CATALOGUE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../error-catalogue.json');

export function printErrorCatalogue(): string {
  return `${JSON.stringify(errorCatalogue(), null, 2)}\n`;
}
