import { fileURLToPath } from 'node:url';
import { buildAppForTests } from '@srpo/testing';

/** Builds the portal and the public register once for all browser test files (see buildAppForTests). */
export default async function setup(): Promise<void> {
  await buildAppForTests(fileURLToPath(new URL('..', import.meta.url)));
  await buildAppForTests(fileURLToPath(new URL('../../register', import.meta.url)));
}
