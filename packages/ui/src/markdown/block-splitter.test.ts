import { describe, expect, it } from 'vitest';
import { GFM_SAMPLE, longMarkdown } from '../test-support/sample-markdown.ts';
import { BlockSplitter } from './block-splitter.ts';
import { lexMarkdown } from './lex.ts';

function stream(text: string, step: number) {
  const splitter = new BlockSplitter();
  const updates = [];
  for (let end = step; end < text.length + step; end += step) {
    updates.push(splitter.update(text.slice(0, end), true));
  }
  updates.push(splitter.update(text, false));
  return updates;
}

describe('BlockSplitter', () => {
  it('streamed in small steps, ends with the same blocks as lexing the whole text', () => {
    const updates = stream(GFM_SAMPLE, 3);
    const final = updates.at(-1)!.blocks;
    const whole = lexMarkdown(GFM_SAMPLE).tokens.filter((t) => t.type !== 'space');
    expect(final.map((b) => b.token.type)).toEqual(whole.map((t) => t.type));
    expect(final.map((b) => b.source)).toEqual(whole.map((t) => t.raw));
  });

  it('keeps settled blocks identical objects across updates', () => {
    const splitter = new BlockSplitter();
    const first = splitter.update('# Title\n\nFirst paragraph.\n\nSecond', true).blocks;
    const second = splitter.update('# Title\n\nFirst paragraph.\n\nSecond paragraph grows', true).blocks;
    expect(first[0]!.settled).toBe(true);
    expect(first[1]!.settled).toBe(true);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]!.settled).toBe(false);
  });

  it('lexes only the tail: work per update is bounded by the last blocks, not the document', () => {
    const text = longMarkdown(60_000);
    const updates = stream(text, 40);
    const maxLexed = Math.max(...updates.map((u) => u.lexedLength));
    expect(text.length).toBeGreaterThan(50_000);
    expect(maxLexed).toBeLessThan(1_000);
  });

  it('does not settle a block touching a possibly-continuing line', () => {
    const splitter = new BlockSplitter();
    splitter.update('para\n#', true);
    const blocks = splitter.update('para\n#hashtag', false).blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.token.type).toBe('paragraph');
  });

  it('keeps a loose list together when the next item arrives after a blank line', () => {
    const splitter = new BlockSplitter();
    splitter.update('- a\n\n', true);
    const blocks = splitter.update('- a\n\n- b', false).blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.token.type).toBe('list');
  });

  it('handles CRLF line endings while streaming', () => {
    const text = '# Title\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n';
    const splitter = new BlockSplitter();
    for (let end = 1; end <= text.length; end++) splitter.update(text.slice(0, end), true);
    const blocks = splitter.update(text, false).blocks;
    expect(blocks.map((b) => b.token.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(blocks.map((b) => b.source.trim())).toEqual(['# Title', 'First paragraph.', 'Second paragraph.']);
  });

  it('starts over when the text is replaced rather than extended', () => {
    const splitter = new BlockSplitter();
    splitter.update('First.\n\nSecond.\n\nThird', true);
    const blocks = splitter.update('Other.\n\nText', true).blocks;
    expect(blocks.map((b) => b.source)).toEqual(['Other.', 'Text']);
  });

  it('resolves reference links defined in settled blocks', () => {
    const splitter = new BlockSplitter();
    splitter.update('[ref]: https://example.com\n\nIntro.\n\n', true);
    const blocks = splitter.update(
      '[ref]: https://example.com\n\nIntro.\n\nSee [the site][ref].',
      false,
    ).blocks;
    const paragraph = blocks.at(-1)!.token as { tokens: { type: string }[] };
    expect(paragraph.tokens.some((t) => t.type === 'link')).toBe(true);
  });

  it('does not lex a huge last line again on every update', () => {
    const splitter = new BlockSplitter();
    const line = 'word '.repeat(40_000);
    let result = splitter.update('# Title\n\n', true);
    for (let end = 25_000; end <= line.length; end += 5_000) {
      result = splitter.update(`# Title\n\n${line.slice(0, end)}`, true);
      expect(result.lexedLength).toBeLessThan(100);
    }
    expect(result.blocks.at(-1)!.token.type).toBe('plain-text');
    expect(result.blocks.at(-1)!.source.length).toBe(line.length);
  });

  it('keeps lexing a huge line inside an open code fence as code', () => {
    const code = `\`\`\`txt\n${'x'.repeat(30_000)}`;
    const blocks = new BlockSplitter().update(code, true).blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.token.type).toBe('code');
  });

  it('degrades deeply nested input to plain text instead of throwing', () => {
    const nested = `${'> '.repeat(100_000)}\n\n${'1. '.repeat(50_000)}`;
    const blocks = new BlockSplitter().update(nested, false).blocks;
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.every((block) => block.token.type === 'plain-text')).toBe(true);
    const shallow = new BlockSplitter().update('> > > > > > > > > > > > > > > > > > deep', false).blocks;
    expect(shallow.map((block) => block.token.type)).toEqual(['plain-text']);
  });
});
