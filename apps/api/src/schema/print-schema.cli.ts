import { writeFileSync } from 'node:fs';
import { buildApiSchema, printApiSchema } from './build-schema';
import { SCHEMA_FILE } from './schema-file';

const schema = await buildApiSchema();
writeFileSync(SCHEMA_FILE, printApiSchema(schema));
console.log(`Wrote ${SCHEMA_FILE}`);
