import { writeFileSync } from 'node:fs';
import { ERROR_CATALOGUE_FILE, printErrorCatalogue } from './error-catalogue-file';

writeFileSync(ERROR_CATALOGUE_FILE, printErrorCatalogue());
console.log(`Wrote ${ERROR_CATALOGUE_FILE}`);
