import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait up to 5 s: under load (CI, two cores) the default 1 s made tests flaky.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
