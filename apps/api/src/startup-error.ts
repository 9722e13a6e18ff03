/**
 * The API (or one of its command-line tools) cannot start for a reason the operator can fix: printed
 * as plain lines saying what is wrong and what to do, never with a stack trace.
 */
export class StartupError extends Error {
  constructor(
    readonly heading: string,
    readonly problems: readonly string[],
  ) {
    super([heading, ...problems.map((problem) => `  - ${problem}`)].join('\n'));
    this.name = 'StartupError';
  }
}

/** Prints a {@link StartupError} plainly and exits 1; anything else is rethrown. */
export function exitOnStartupError(error: unknown): never {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
