import * as React from 'react';

type Typesetter = typeof import('./typeset-math.ts');
let typesetter: Typesetter | undefined;
let loading: Promise<Typesetter> | undefined;

function loadTypesetter(): Promise<Typesetter> {
  loading ??= import('./typeset-math.ts').then(
    (module) => {
      typesetter = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk load may succeed later
      throw error;
    },
  );
  return loading;
}

/** What a formula shows: its source (not typeset yet, or not to be), its MathML, or an error. */
export type TypesetState = { status: 'source' } | { status: 'typeset'; html: string } | { status: 'error' };

const SOURCE: TypesetState = { status: 'source' };
const ERROR: TypesetState = { status: 'error' };

// Typeset formulas by mode and source, so a block re-mounted by a virtualised list shows its
// MathML on the first paint.
const cache = new Map<string, TypesetState>();
const CACHE_SIZE = 500;

function typeset(module: Typesetter, tex: string, display: boolean): TypesetState {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let state = cache.get(key);
  if (!state) {
    try {
      state = { status: 'typeset', html: module.typesetMath(tex, display) };
    } catch {
      state = ERROR;
    }
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, state);
  }
  return state;
}

/**
 * A formula's MathML once KaTeX has loaded (fetched the first time a formula needs it), else its
 * source. Does nothing while `enabled` is false, which callers use for the streaming tail.
 */
export function useTypeset(tex: string, display: boolean, enabled: boolean): TypesetState {
  const [, setLoaded] = React.useState(typesetter !== undefined);
  const [failed, setFailed] = React.useState(false);
  React.useEffect(() => {
    if (!enabled || typesetter) return;
    let cancelled = false;
    loadTypesetter().then(
      () => !cancelled && setLoaded(true),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [enabled]);
  if (!enabled) return SOURCE;
  if (typesetter) return typeset(typesetter, tex, display);
  return failed ? ERROR : SOURCE;
}
