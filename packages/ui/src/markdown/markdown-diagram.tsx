import { useMessages } from '@agent-chat/react';
import * as React from 'react';
import { CodeBlock } from './code-block.tsx';
import { diagramTitle, useDiagram } from './use-diagram.ts';

/** Props of `MarkdownDiagram`: the Mermaid source of a finished ```mermaid block. */
export interface MarkdownDiagramProps {
  source: string;
}

/**
 * A ```mermaid block drawn as a diagram (Mermaid loads on first use, `securityLevel: 'strict'`).
 * Shows the source as a code block while Mermaid loads, and with a short note if it cannot draw it.
 * @example <MarkdownDiagram source={'graph TD\n  A --> B'} />
 */
export const MarkdownDiagram = React.memo(function MarkdownDiagram({ source }: MarkdownDiagramProps) {
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
          // Mermaid's SVG, rendered with `securityLevel: 'strict'`: labels sanitised by its
          // DOMPurify, no scripts, no click handlers.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: Mermaid strict output, see above
          dangerouslySetInnerHTML={{ __html: state.svg }}
        />
      );
    }
  }
});
