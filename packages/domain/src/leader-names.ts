/**
 * Dutch personal names: a tussenvoegsel ("van", "de", "van der") belongs to the surname but is not
 * sorted on. "Jan van Dijk" is listed under D as "Dijk, Jan van".
 */
export interface LeaderNameParts {
  readonly firstName: string;
  /** Tussenvoegsel, e.g. "van der"; empty or absent when none. */
  readonly infix?: string | null;
  readonly lastName: string;
}

function clean(part: string | null | undefined): string {
  return (part ?? '').trim().replace(/\s+/g, ' ');
}

/** The name as written in running text and on the public register: "Jan van Dijk". */
export function displayName(name: LeaderNameParts): string {
  return [clean(name.firstName), clean(name.infix), clean(name.lastName)].filter(Boolean).join(' ');
}

/** The name as listed alphabetically: "Dijk, Jan van" (the infix does not decide the order). */
export function sortName(name: LeaderNameParts): string {
  const given = [clean(name.firstName), clean(name.infix)].filter(Boolean).join(' ');
  return given ? `${clean(name.lastName)}, ${given}` : clean(name.lastName);
}

/** Initials (voorletters) of the first names: "Jan Pieter" → "J.P.", "Anne-Marie" → "A.M.". */
export function initialsOf(firstNames: string): string {
  return clean(firstNames)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((name) => `${[...name][0]!.toLocaleUpperCase('nl')}.`)
    .join('');
}
