import { fileURLToPath } from 'node:url';
import { setUpTestApis } from '@srpo/api/testing/setup';
import { buildAppForTests } from '@srpo/testing';

/** Once for all browser test files: builds the public register (see buildAppForTests) and prepares the test files' APIs (see setUpTestApis). Returns the teardown. */
export default async function setup(): Promise<() => Promise<void>> {
  const [teardown] = await Promise.all([setUpTestApis(), buildAppForTests(fileURLToPath(new URL('..', import.meta.url)))]);
  return teardown;
}
