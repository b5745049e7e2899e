import { useMessages } from '@agent-chat/react';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import { CopyButton } from '../lib/copy-button.tsx';
import { hastToReact } from './hast-to-react.tsx';
import { useHighlight } from './use-highlight.ts';

/** Props of `CodeBlock`. */
export interface CodeBlockProps extends React.ComponentProps<'div'> {
  code: string;
  language?: string | undefined;
  /** Highlight once the lazy highlighter has loaded. Off for code still streaming in. */
  highlight?: boolean;
  /** The code is still being written (an open fence at the end of a streaming reply). */
  streaming?: boolean;
}

/**
 * A fenced code block: language label, copy button and lazily loaded syntax highlighting.
 * @example <CodeBlock code={'const a = 1;'} language="ts" highlight />
 */
export const CodeBlock = React.memo(function CodeBlock({
  code,
  language,
  highlight = true,
  streaming = false,
  className,
  ...props
}: CodeBlockProps) {
  const tree = useHighlight(code, language, highlight && !streaming);
  const label = language || 'text';
  const t = useMessages();
  return (
    <div
      data-slot="code-block"
      data-language={label}
      data-state={streaming ? 'streaming' : tree ? 'highlighted' : 'plain'}
      className={cn(
        'my-3 overflow-hidden rounded-lg border border-border bg-code text-code-foreground',
        className,
      )}
      {...props}
    >
      <div
        data-slot="code-block-header"
        className="flex items-center justify-between border-b border-border px-3 py-1 text-xs"
      >
        <span data-slot="code-block-language" className="font-mono text-muted-foreground">
          {label}
        </span>
        <CopyButton value={code} label={t.copyCode(label)} />
      </div>
      <pre
        data-slot="code-block-body"
        // Code reads left to right in every locale.
        dir="ltr"
        // Scrollable regions must be reachable by keyboard.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the block scrolls horizontally
        tabIndex={0}
        className="overflow-x-auto p-3 font-mono text-[0.8125rem] leading-relaxed focus-visible:outline-2 focus-visible:outline-ring"
      >
        <code data-slot="code-block-code" className={language ? `language-${language}` : undefined}>
          {tree ? hastToReact(tree) : code}
        </code>
      </pre>
    </div>
  );
});
