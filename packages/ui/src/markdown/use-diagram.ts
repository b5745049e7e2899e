import * as React from 'react';

type DiagramRenderer = typeof import('./render-diagram.ts');
let loading: Promise<DiagramRenderer> | undefined;

function loadRenderer(): Promise<DiagramRenderer> {
  loading ??= import('./render-diagram.ts').catch((error: unknown) => {
    loading = undefined; // a failed chunk load may succeed later
    throw error;
  });
  return loading;
}

/** Where a diagram is: waiting for Mermaid (the source shows), drawn as SVG, or not drawable. */
export type DiagramState = { status: 'pending' } | { status: 'rendered'; svg: string } | { status: 'error' };

const PENDING: DiagramState = { status: 'pending' };
const ERROR: DiagramState = { status: 'error' };

// Rendered diagrams by theme and source, so a block re-mounted by a virtualised list shows its
// picture on the first paint instead of flashing the source.
const cache = new Map<string, DiagramState>();
const CACHE_SIZE = 50;

/** Sources longer than this are not drawn: Mermaid's layout would block the page for too long. */
export const DIAGRAM_MAX_LENGTH = 20_000;

/**
 * A Mermaid diagram's SVG once Mermaid has loaded (fetched the first time a diagram needs it) and
 * drawn it, in the dark theme when `themeOf` sits inside `.dark`. Only for finished blocks: the
 * streaming tail shows a ```mermaid block as code.
 */
export function useDiagram(source: string, themeOf: React.RefObject<HTMLElement | null>): DiagramState {
  const [state, setState] = React.useState<{ source: string; diagram: DiagramState } | undefined>();
  React.useEffect(() => {
    const dark = themeOf.current?.closest('.dark') != null;
    const key = `${dark ? 'dark' : 'light'}\u0000${source}`;
    const hit = cache.get(key) ?? (source.length > DIAGRAM_MAX_LENGTH ? ERROR : undefined);
    if (hit) {
      setState({ source, diagram: hit });
      return;
    }
    let cancelled = false;
    const settle = (diagram: DiagramState, remember: boolean) => {
      if (remember) {
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(key, diagram);
      }
      if (!cancelled) setState({ source, diagram });
    };
    loadRenderer().then(
      (renderer) =>
        renderer.renderDiagram(source, dark).then(
          (svg) => settle({ status: 'rendered', svg }, true),
          () => settle(ERROR, true),
        ),
      () => settle(ERROR, false), // Mermaid's chunk did not load; a later mount tries again
    );
    return () => {
      cancelled = true;
    };
  }, [source, themeOf]);
  return state?.source === source ? state.diagram : PENDING;
}

/**
 * The title a diagram gives itself, for its accessible name: `accTitle: …`, a front-matter
 * `title: …`, or a `title …` line (pie charts, Gantt charts, journeys).
 */
export function diagramTitle(source: string): string | undefined {
  const match = /^[ \t]*(?:accTitle[ \t]*:|title[ \t]*:?)[ \t]*(\S[^\n]*)$/m.exec(source);
  return match?.[1]?.trim() || undefined;
}
