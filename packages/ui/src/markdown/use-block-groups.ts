import * as React from 'react';
import type { MarkdownBlock } from './block-splitter.ts';

/** Blocks per group: React compares one group instead of this many blocks on every update. */
export const GROUP_SIZE = 64;

/**
 * Splits blocks into fixed groups by position (a block never changes group, so it is never
 * remounted). A group whose blocks are all settled keeps its array identity, so a memoised
 * group component skips it in O(1); per update React then walks the number of groups plus
 * the last group's blocks, not every block of a long reply.
 */
export function useBlockGroups(blocks: MarkdownBlock[]): MarkdownBlock[][] {
  const cache = React.useRef<MarkdownBlock[][]>([]);
  return React.useMemo(() => {
    const previous = cache.current;
    const groups: MarkdownBlock[][] = [];
    for (let start = 0; start < blocks.length; start += GROUP_SIZE) {
      const end = Math.min(blocks.length, start + GROUP_SIZE);
      const old = previous[groups.length];
      // Settled blocks keep identity and settle in order, so same first and last settled block
      // means the same group.
      const frozen =
        old !== undefined &&
        old.length === end - start &&
        old[0] === blocks[start] &&
        old[old.length - 1] === blocks[end - 1] &&
        old[old.length - 1]!.settled;
      groups.push(frozen ? old : blocks.slice(start, end));
    }
    cache.current = groups;
    return groups;
  }, [blocks]);
}
