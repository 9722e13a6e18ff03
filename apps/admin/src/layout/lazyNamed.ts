import { lazy, type ComponentType } from 'react';

/**
 * `React.lazy` for a module with named exports (the portal has no default exports): the page's code
 * becomes its own chunk, loaded when its route is first opened.
 */
export function lazyNamed<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
