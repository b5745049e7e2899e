import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BlockSplitter } from './block-splitter.ts';
import { GROUP_SIZE, useBlockGroups } from './use-block-groups.ts';

const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `Paragraph ${i}.`).join('\n\n');

describe('useBlockGroups', () => {
  it('keeps settled groups identical while the tail changes, and never moves a block between groups', () => {
    const splitter = new BlockSplitter();
    const base = paragraphs(GROUP_SIZE * 3);
    const { result, rerender } = renderHook(
      ({ text }) => useBlockGroups(splitter.update(text, true).blocks),
      {
        initialProps: { text: `${base}\n\nTail` },
      },
    );
    const first = result.current;
    rerender({ text: `${base}\n\nTail grows` });
    const second = result.current;
    expect(second).toHaveLength(4);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).toBe(first[2]);
    expect(second[3]).not.toBe(first[3]); // the group holding the tail
    for (const [g, group] of second.entries()) {
      for (const block of group) expect(Math.floor(block.index / GROUP_SIZE)).toBe(g);
    }
  });
});
