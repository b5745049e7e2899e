import * as React from 'react';
import { cn } from '../lib/cn.ts';
import type { MarkdownBlock } from './block-splitter.ts';
import { useReferenceTable } from './decode-references.ts';
import { renderBlock } from './render-block.tsx';
import { useBlockGroups } from './use-block-groups.ts';
import { useCatchUpText } from './use-catch-up-text.ts';
import { useMarkdownBlocks } from './use-markdown-blocks.ts';
import { useProgressiveCount } from './use-progressive-count.ts';

// Groups of 64 blocks: on mount, the first 4 (about 15,000 characters of typical markdown)
// render at once, the rest 4 per task.
const INITIAL_GROUPS = 4;
const GROUPS_PER_STEP = 4;
// New characters one update takes on; a larger jump catches up over several tasks. Measured with
// `pnpm bench` (200,915-character burst, 3 rounds each, groups boxed): 10,000 drew 26 frames with
// a p95 gap of 117–183 ms and 0.6–1.0 s in long tasks, in 1.4–1.6 s; 40,000 drew 11–12 frames
// with gaps of 283–417 ms and 0.8–1.1 s in long tasks, in 1.0–1.25 s. A reply that keeps drawing
// while it arrives is worth the extra third of a second.
const CATCH_UP_BUDGET = 10_000;

// A long document (more than one group of blocks) wraps each group after the first in a box the
// browser skips (style, layout, paint) while it is out of view: without it, every frame of a long
// reply lays out and repaints hundreds of thousands of characters nobody sees, and even skipped
// boxes cost a little each, so one per group (64 blocks) instead of one per block keeps a
// frame's layout flat as the reply grows. The first group is never boxed, so a reply growing past
// one group keeps its first blocks' elements (and the focus or selection in them). A group keeps
// its last measured height once it has been in view; one never seen counts as 64 short blocks.
// A group's edge blocks drop their outer margins and the group has the usual gap between blocks:
// the box's containment keeps margins from collapsing through it.
const GROUP_BOX =
  '[content-visibility:auto] [contain-intrinsic-size:auto_3000px] my-3 last:mb-0 [&>:first-child]:mt-0 [&>:last-child]:mb-0';

/** Props of `Markdown`: the text as children, and whether it is still streaming in. */
export interface MarkdownProps extends Omit<React.ComponentProps<'div'>, 'children'> {
  children: string;
  /**
   * The text is still growing: complete half-written syntax; the tail is not highlighted and its
   * formulas and diagrams show as source until later text settles it.
   */
  streaming?: boolean;
}

/**
 * Renders GFM markdown safely (no raw HTML, only http(s)/mailto/relative links) and
 * incrementally: finished blocks are memoised and skipped, only the tail is parsed per update.
 * TeX math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) renders as MathML with KaTeX and ```mermaid
 * blocks as diagrams, each loaded the first time a finished block needs it.
 * @example <Markdown streaming={status === 'streaming'}>{part.text}</Markdown>
 */
export function Markdown({ children, streaming = false, className, ...props }: MarkdownProps) {
  const caughtUp = useCatchUpText(children, CATCH_UP_BUDGET);
  // A prefix still catching up is half-written like a streaming tail.
  const partial = streaming || caughtUp.behind;
  const blocks = useMarkdownBlocks(caughtUp.text, partial);
  const groups = useBlockGroups(blocks);
  const shown = useProgressiveCount(groups.length, INITIAL_GROUPS, GROUPS_PER_STEP);
  return (
    <div
      data-slot="markdown"
      data-state={streaming ? 'streaming' : 'complete'}
      aria-busy={shown < groups.length || caughtUp.behind || undefined}
      className={cn('min-w-0 break-words text-sm leading-relaxed', className)}
      {...props}
    >
      {groups.slice(0, shown).map((group, index) => (
        <MarkdownBlockGroup key={group[0]!.index} blocks={group} streaming={partial} boxed={index > 0} />
      ))}
    </div>
  );
}

interface MarkdownBlockGroupProps {
  blocks: MarkdownBlock[];
  streaming: boolean;
  /** In a box of its own that the browser skips out of view (see `GROUP_BOX`). */
  boxed: boolean;
}

/** A fixed group of blocks, boxed after the first; skipped while unchanged. */
const MarkdownBlockGroup = React.memo(
  function MarkdownBlockGroup({ blocks, streaming, boxed }: MarkdownBlockGroupProps) {
    const views = blocks.map((block) => (
      <MarkdownBlockView key={block.index} block={block} streaming={streaming} />
    ));
    return boxed ? (
      <div data-slot="markdown-group" className={GROUP_BOX}>
        {views}
      </div>
    ) : (
      views
    );
  },
  // `streaming` only matters to unsettled blocks; a group of settled blocks ignores it.
  (previous, next) =>
    previous.blocks === next.blocks &&
    previous.boxed === next.boxed &&
    (previous.streaming === next.streaming || previous.blocks[previous.blocks.length - 1]!.settled),
);

interface MarkdownBlockViewProps {
  block: MarkdownBlock;
  streaming: boolean;
}

/**
 * One block. Settled blocks keep their object identity, so this memo skips them entirely; a
 * tail block re-renders only when its source changes (or when streaming ends, to highlight).
 */
const MarkdownBlockView = React.memo(
  function MarkdownBlockView({ block, streaming }: MarkdownBlockViewProps) {
    const tail = streaming && !block.settled;
    let unresolved = false;
    const content = renderBlock(block.token, block.index, {
      highlight: !tail,
      typeset: !tail,
      streaming: tail,
      onUnresolvedReference: () => {
        unresolved = true;
      },
    });
    // A reference only the complete table decodes shows as written until it has loaded.
    useReferenceTable(unresolved);
    return content;
  },
  (previous, next) =>
    previous.block === next.block ||
    (previous.block.source === next.block.source &&
      previous.block.settled === next.block.settled &&
      previous.streaming === next.streaming),
);
