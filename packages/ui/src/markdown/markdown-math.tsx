import { useMessages } from '@agent-chat/react';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import type { MathToken } from './math-tokens.ts';
import { useTypeset } from './use-typeset.ts';

/** Props of `MarkdownMath`: one formula token and whether it may be typeset yet. */
export interface MarkdownMathProps {
  token: MathToken;
  /** Typeset with KaTeX (loaded on first use); off on the streaming tail, which shows the source. */
  typeset: boolean;
  /** A displayed formula that fills its own block, rather than one inside a paragraph. */
  block?: boolean;
}

/**
 * A TeX formula as MathML, its source while KaTeX loads or the block is still streaming, and the
 * source with a short note when it does not parse.
 * @example <MarkdownMath token={{ type: 'math', raw: '$x^2$', text: 'x^2', display: false }} typeset />
 */
export const MarkdownMath = React.memo(function MarkdownMath({
  token,
  typeset,
  block = false,
}: MarkdownMathProps) {
  const state = useTypeset(token.text, token.display, typeset);
  const t = useMessages();
  const Tag = block ? 'div' : 'span';
  const common = {
    'data-slot': 'markdown-math',
    'data-display': token.display ? 'block' : 'inline',
    'data-state': state.status,
    // Formulas read left to right in every locale.
    dir: 'ltr',
  } as const;
  switch (state.status) {
    case 'source':
      return (
        <Tag {...common} className={cn(block && 'my-3 whitespace-pre-wrap')}>
          {token.raw.trim()}
        </Tag>
      );
    case 'error':
      return (
        <Tag {...common} className={cn(block && 'my-3')}>
          <code className="rounded bg-code px-1 py-0.5 font-mono text-[0.9em] whitespace-pre-wrap text-code-foreground">
            {token.raw.trim()}
          </code>{' '}
          <span data-slot="markdown-math-error" className="text-xs text-muted-foreground">
            ({t.mathError})
          </span>
        </Tag>
      );
    case 'typeset':
      return (
        <Tag
          {...common}
          className={cn(token.display && 'block overflow-x-auto overflow-y-hidden py-1', block && 'my-3')}
          // A wide displayed formula scrolls inside itself; keyboard users can reach it.
          tabIndex={token.display ? 0 : undefined}
          // KaTeX's own output for a formula parsed with `trust: false`: MathML elements and
          // escaped text only, no links, styles from the input or scripts.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output, see above
          dangerouslySetInnerHTML={{ __html: state.html }}
        />
      );
  }
});
