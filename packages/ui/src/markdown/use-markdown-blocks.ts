import * as React from 'react';
import { BlockSplitter, type MarkdownBlock } from './block-splitter.ts';

/**
 * Splits markdown into blocks with one `BlockSplitter` per component, so each update lexes only
 * the tail after the settled prefix. The splitter's result depends only on the text, so a render
 * React discards and repeats yields the same blocks.
 */
export function useMarkdownBlocks(text: string, streaming: boolean): MarkdownBlock[] {
  const splitter = React.useRef<BlockSplitter | null>(null);
  splitter.current ??= new BlockSplitter();
  const current = splitter.current;
  return React.useMemo(() => current.update(text, streaming).blocks, [current, text, streaming]);
}
