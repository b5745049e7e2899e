import { useMessages } from '@agent-chat/react';
import { cn } from '../lib/cn.ts';
import type { MathToken } from './math-tokens.ts';
import { typesetMath } from './typeset-math.ts';

// Loaded on demand with KaTeX (see markdown-math.tsx), the first time a finished block holds a
// formula.

/** Props of `MathView`: a formula token, as a block of its own or inside a paragraph. */
export interface MathViewProps {
  token: MathToken;
  block: boolean;
}

/** A formula as MathML, or its source and a short note when it does not parse. */
export function MathView({ token, block }: MathViewProps) {
  const t = useMessages();
  const html = typesetMath(token.text, token.display);
  const Tag = block ? 'div' : 'span';
  const common = {
    'data-slot': 'markdown-math',
    'data-display': token.display ? 'block' : 'inline',
    dir: 'ltr', // formulas read left to right in every locale
  } as const;
  if (html === null) {
    return (
      <Tag {...common} data-state="error" className={cn(block && 'my-3')}>
        <code className="rounded bg-code px-1 py-0.5 font-mono text-[0.9em] whitespace-pre-wrap text-code-foreground">
          {token.raw.trim()}
        </code>{' '}
        <span data-slot="markdown-math-error" className="text-xs text-muted-foreground">
          ({t.mathError})
        </span>
      </Tag>
    );
  }
  return (
    <Tag
      {...common}
      data-state="typeset"
      className={cn(token.display && 'block overflow-x-auto overflow-y-hidden py-1', block && 'my-3')}
      // A wide displayed formula scrolls inside itself; keyboard users can reach it.
      tabIndex={token.display ? 0 : undefined}
      // KaTeX's own output for a formula parsed with `trust: false`: MathML elements and escaped
      // text only, no links, styles from the input or scripts.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX output, see above
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
