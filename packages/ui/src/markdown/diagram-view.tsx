import { useMessages } from '@agent-chat/react';
import * as React from 'react';
import { CodeBlock } from './code-block.tsx';
import { diagramTitle } from './diagram-title.ts';
import { renderDiagram } from './render-diagram.ts';

// Loaded on demand with Mermaid (see markdown-diagram.tsx), the first time a finished block is a
// ```mermaid block.

/** Where a diagram is: being drawn (the source shows), drawn as SVG, or not drawable. */
type DiagramState = { status: 'pending' } | { status: 'rendered'; svg: string } | { status: 'error' };

const PENDING: DiagramState = { status: 'pending' };
const ERROR: DiagramState = { status: 'error' };

// Drawn diagrams by theme and source, so a block re-mounted by a virtualised list shows its
// picture on the first paint instead of flashing the source.
const cache = new Map<string, DiagramState>();
const CACHE_SIZE = 50;

/** Sources longer than this are not drawn: Mermaid's layout would block the page for too long. */
const DIAGRAM_MAX_LENGTH = 20_000;

/** The diagram's SVG once Mermaid has drawn it, in the dark theme when `themeOf` is inside `.dark`. */
function useDiagram(source: string, themeOf: React.RefObject<HTMLElement | null>): DiagramState {
  const [state, setState] = React.useState<{ source: string; diagram: DiagramState }>();
  React.useEffect(() => {
    const dark = themeOf.current?.closest('.dark') != null;
    const key = `${dark ? 'dark' : 'light'}\u0000${source}`;
    const hit = cache.get(key) ?? (source.length > DIAGRAM_MAX_LENGTH ? ERROR : undefined);
    if (hit) {
      setState({ source, diagram: hit });
      return;
    }
    let cancelled = false;
    const settle = (diagram: DiagramState) => {
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      cache.set(key, diagram);
      if (!cancelled) setState({ source, diagram });
    };
    renderDiagram(source, dark).then(
      (svg) => settle({ status: 'rendered', svg }),
      () => settle(ERROR),
    );
    return () => {
      cancelled = true;
    };
  }, [source, themeOf]);
  return state?.source === source ? state.diagram : PENDING;
}

/** A ```mermaid block as a diagram; its code while being drawn, and with a note if it cannot be. */
export function DiagramView({ source }: { source: string }) {
  const ref = React.useRef<HTMLDivElement>(null);
  const state = useDiagram(source, ref);
  const t = useMessages();
  switch (state.status) {
    case 'pending':
      return (
        <div ref={ref} data-slot="markdown-diagram" data-state="pending">
          <CodeBlock code={source} language="mermaid" highlight={false} />
        </div>
      );
    case 'error':
      return (
        <div ref={ref} data-slot="markdown-diagram" data-state="error" className="my-3">
          <CodeBlock code={source} language="mermaid" highlight={false} className="mb-1" />
          <p data-slot="markdown-diagram-error" className="text-xs text-muted-foreground">
            {t.diagramError}
          </p>
        </div>
      );
    case 'rendered': {
      const title = diagramTitle(source);
      return (
        <div
          ref={ref}
          data-slot="markdown-diagram"
          data-state="rendered"
          // The picture is one image to assistive technology, named by the diagram's own title.
          role="img"
          aria-label={title ? t.diagramTitled(title) : t.diagram}
          dir="ltr"
          className="my-3 flex justify-center overflow-x-auto"
          // Mermaid's SVG, drawn with `securityLevel: 'strict'`: labels sanitised by its DOMPurify,
          // no scripts, no click handlers.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: Mermaid strict output, see above
          dangerouslySetInnerHTML={{ __html: state.svg }}
        />
      );
    }
  }
}
