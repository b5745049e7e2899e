import * as React from 'react';
import { CodeBlock } from './code-block.tsx';
import { lazyModule, useLazyModule } from './lazy-module.ts';

// Mermaid and the view that uses it load the first time a finished block is a ```mermaid block.
const diagramView = lazyModule(() => import('./diagram-view.tsx'));

/** Props of `MarkdownDiagram`: the Mermaid source of a finished ```mermaid block. */
export interface MarkdownDiagramProps {
  source: string;
}

/**
 * A ```mermaid block drawn as a diagram (Mermaid loads on first use, `securityLevel: 'strict'`).
 * Shows the source as a code block until it is drawn, and with a short note if it cannot be.
 * @example <MarkdownDiagram source={'graph TD\n  A --> B'} />
 */
export const MarkdownDiagram = React.memo(function MarkdownDiagram({ source }: MarkdownDiagramProps) {
  const view = useLazyModule(diagramView, true);
  if (view) return <view.DiagramView source={source} />;
  return (
    <div data-slot="markdown-diagram" data-state="pending">
      <CodeBlock code={source} language="mermaid" highlight={false} />
    </div>
  );
});
