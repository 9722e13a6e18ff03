import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = path.join(__dirname, '..', 'migrations');

describe('migrations', () => {
  // A migration is history: if it imported live code (domain data, entities), a later edit of that
  // code would change what an already-run step means on a fresh database.
  it.each(readdirSync(folder).filter((file) => /^\d+-.+\.ts$/.test(file)))('%s imports nothing but TypeORM', (file) => {
    const imports = [...readFileSync(path.join(folder, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imports.filter((source) => source !== 'typeorm')).toEqual([]);
  });
});
