import { DEMO_PASSWORD } from '../../database/seed/demo-data';
import { AppError } from '../../http/errors';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password';

/** zxcvbn score (0–4) a new password must reach: 3 = "safely unguessable" for online attacks. */
export const MIN_PASSWORD_SCORE = 3;

interface Estimator {
  check(password: string, userInputs?: (string | number)[]): Promise<{ score: number; feedback: { warning: string | null; suggestions: string[] } }> | { score: number; feedback: { warning: string | null; suggestions: string[] } };
}

/** zxcvbn-ts with its common-password and Dutch dictionaries; loaded on first use (they are large). */
let estimator: Promise<Estimator> | undefined;
function loadEstimator(): Promise<Estimator> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, dutch] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-nl-be')]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...dutch.dictionary },
      graphs: common.adjacencyGraphs,
      translations: dutch.translations,
    }) as Estimator;
  })();
  return estimator;
}

/**
 * The password policy (OWASP ASVS 2.1): 12 to 200 characters, and not guessable: common and breached
 * passwords, words, names, keyboard patterns and the person's own e-mail or name are refused (zxcvbn).
 * No composition rules. The demo accounts' password is published in the README: refused, and
 * known to zxcvbn so that small variations of it count as guessable too. Used when an account is made
 * and when a password is changed.
 */
export async function assertPasswordPolicy(password: string, personal: readonly string[] = [], field = 'newPassword'): Promise<void> {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new AppError('BAD_USER_INPUT', `Een wachtwoord heeft minstens ${PASSWORD_MIN_LENGTH} en hoogstens ${PASSWORD_MAX_LENGTH} tekens.`, {
      reason: 'PASSWORD_TOO_SHORT_OR_LONG',
      field,
    });
  }
  if (password.trim().toLowerCase() === DEMO_PASSWORD) {
    throw new AppError('BAD_USER_INPUT', 'Dit is het wachtwoord van de demo-accounts, dat in de handleiding staat. Kies een ander wachtwoord.', {
      reason: 'PASSWORD_TOO_WEAK',
      field,
    });
  }
  const inputs = [DEMO_PASSWORD, ...personal].flatMap((text) => [text, ...text.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((word) => word.length >= 3);
  const result = await (await loadEstimator()).check(password, inputs);
  if (result.score < MIN_PASSWORD_SCORE) {
    const hint = result.feedback.warning ? ` ${result.feedback.warning}` : '';
    throw new AppError(
      'BAD_USER_INPUT',
      `Dit wachtwoord is te makkelijk te raden.${hint} Kies een langere zin van een paar woorden die niet bij elkaar horen.`,
      { reason: 'PASSWORD_TOO_WEAK', field },
    );
  }
}
