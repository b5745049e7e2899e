import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockSplitter } from './block-splitter.ts';
import { lexMarkdown } from './lex.ts';

// Realistic lines a model writes, combined at random: the streamed result must equal lexing
// the whole text at once, whatever the chunk sizes.
const LINE = fc.constantFrom(
  '# Heading',
  '## Sub heading',
  'A paragraph with **bold**, _em_ and `code`.',
  'continued line of the same paragraph',
  '- item one',
  '- item two with [a link](https://example.com)',
  '  nested continuation',
  '1. first',
  '2. second',
  '> quoted',
  '```js',
  'const a = 1;',
  '```',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '---',
  '===',
  '* star item',
  '1) paren item',
  '- [ ] task',
  '    indented code',
  '<div>html block</div>',
  '~~~',
  'line with a hard break  ',
  '',
  '',
);

describe('BlockSplitter (property)', () => {
  it('streamed in random chunks, ends with the blocks of a one-shot lex', () => {
    fc.assert(
      fc.property(
        fc.array(LINE, { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }),
        (lines, steps) => {
          const text = lines.join('\n');
          const splitter = new BlockSplitter();
          let end = 0;
          for (let i = 0; end < text.length; i++) {
            end = Math.min(text.length, end + steps[i % steps.length]!);
            splitter.update(text.slice(0, end), true);
          }
          const streamed = splitter.update(text, false).blocks.map((b) => [b.token.type, b.source]);
          const whole = lexMarkdown(text)
            .tokens.filter((t) => t.type !== 'space' && t.type !== 'def')
            .map((t) => [t.type, t.raw]);
          expect(streamed).toEqual(whole);
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });
});
