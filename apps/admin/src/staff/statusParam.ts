/** A status from the URL (`?status=…`) when it is one of `allowed`, else null: links from the start page open a filtered queue. */
export function statusParam<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((status) => status === value) ?? null;
}
