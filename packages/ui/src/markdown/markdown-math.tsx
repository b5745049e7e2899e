import * as React from 'react';
import { cn } from '../lib/cn.ts';
import { lazyModule, useLazyModule } from './lazy-module.ts';
import type { MathToken } from './math-tokens.ts';

// KaTeX and the view that uses it load the first time a finished block holds a formula.
const mathView = lazyModule(() => import('./math-view.tsx'));

/** Props of `MarkdownMath`: one formula token and whether it may be typeset yet. */
export interface MarkdownMathProps {
  token: MathToken;
  /** Typeset with KaTeX (loaded on first use); off on the streaming tail, which shows the source. */
  typeset: boolean;
  /** A displayed formula that fills its own block, rather than one inside a paragraph. */
  block?: boolean;
}

/**
 * A TeX formula as MathML; its source while KaTeX loads or the block is still streaming, and
 * the source with a short note when it does not parse.
 * @example <MarkdownMath token={{ type: 'math', raw: '$x^2$', text: 'x^2', display: false }} typeset />
 */
export const MarkdownMath = React.memo(function MarkdownMath({
  token,
  typeset,
  block = false,
}: MarkdownMathProps) {
  const view = useLazyModule(mathView, typeset);
  if (view) return <view.MathView token={token} block={block} />;
  const Tag = block ? 'div' : 'span';
  return (
    <Tag
      data-slot="markdown-math"
      data-display={token.display ? 'block' : 'inline'}
      data-state="source"
      dir="ltr"
      className={cn(block && 'my-3 whitespace-pre-wrap')}
    >
      {token.raw.trim()}
    </Tag>
  );
});
