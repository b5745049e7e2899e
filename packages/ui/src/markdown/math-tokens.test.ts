import type { Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { lexMarkdown } from './lex.ts';
import type { MathToken } from './math-tokens.ts';

/** Every math token in the text, inline ones included, in document order. */
function formulas(src: string): Pick<MathToken, 'text' | 'display'>[] {
  const found: Pick<MathToken, 'text' | 'display'>[] = [];
  const walk = (tokens: Token[] | undefined) => {
    for (const token of tokens ?? []) {
      if (token.type === 'math') found.push({ text: token.text, display: (token as MathToken).display });
      if ('tokens' in token) walk(token.tokens);
      if (token.type === 'list') walk(token.items);
    }
  };
  walk(lexMarkdown(src).tokens);
  return found;
}

const inline = (text: string) => ({ text, display: false });
const display = (text: string) => ({ text, display: true });

describe('math tokens', () => {
  it.each([
    ['The area is $\\pi r^2$.', [inline('\\pi r^2')]],
    ['Both $a$ and $b$', [inline('a'), inline('b')]],
    ['With parentheses \\(e^{i\\pi} + 1 = 0\\) inline', [inline('e^{i\\pi} + 1 = 0')]],
    ['A TeX line break \\(a \\\\) b\\) stays inside', [inline('a \\\\) b')]],
    ['Inline display $$\\sum_i x_i$$ here', [display('\\sum_i x_i')]],
    ['Inline brackets \\[x = 1\\] here', [display('x = 1')]],
    ['An escaped dollar inside $\\$5 + x$', [inline('\\$5 + x')]],
  ])('reads %j', (src, expected) => {
    expect(formulas(src)).toEqual(expected);
  });

  it.each([
    'It costs $5 and $10.',
    'Between $5 and $10, or $20',
    'Prices: $ 5 and $ 6',
    'A closing dollar before a digit: $x$5',
    'Trailing space inside $x $ is not math',
    'Escaped \\$5 and \\$6',
    'Lone \\( without a close',
    'Empty $$$$ and $ $',
  ])('leaves currency and stray delimiters as text: %j', (src) => {
    expect(formulas(src)).toEqual([]);
  });

  it('never reads math inside code spans or code blocks', () => {
    expect(formulas('Run `echo $HOME $PATH` and `$x$`')).toEqual([]);
    expect(formulas('```sh\necho $$ $x$\n$$\ny\n$$\n```')).toEqual([]);
    expect(formulas('    $$x$$ indented code')).toEqual([]);
    // A formula does not swallow a code span either.
    expect(formulas('$a `b` c$')).toEqual([]);
  });

  it('reads display blocks on their own lines', () => {
    const src = '$$\n\\int_0^1 x\\,dx\n$$\n\n\\[\na^2 + b^2 = c^2\n\\]\n\n$$E = mc^2$$';
    const { tokens } = lexMarkdown(src);
    expect(tokens.filter((token) => token.type !== 'space').map((token) => token.type)).toEqual([
      'math',
      'math',
      'math',
    ]);
    expect(formulas(src)).toEqual([
      display('\\int_0^1 x\\,dx'),
      display('a^2 + b^2 = c^2'),
      display('E = mc^2'),
    ]);
  });

  it('lets a display block interrupt a paragraph, and joins the paragraph back when none follows', () => {
    const { tokens } = lexMarkdown('The area is:\n$$\n\\pi r^2\n$$\nwhere r is the radius.');
    expect(tokens.map((token) => token.type)).toEqual(['paragraph', 'math', 'paragraph']);
    const joined = lexMarkdown('Two lines\n$$ is not a formula here\nend');
    expect(joined.tokens.map((token) => token.type)).toEqual(['paragraph']);
    expect(joined.tokens[0]!.raw).toBe('Two lines\n$$ is not a formula here\nend');
  });

  it('does not read a display block across a blank line or an unclosed one', () => {
    expect(formulas('$$\na\n\nb\n$$')).toEqual([]);
    expect(formulas('$$\n\\frac{1}{2} + ')).toEqual([]);
  });

  it('reads nothing from a paragraph of unclosed delimiters', () => {
    // Each `\(` looks for its closer with one native search, not a regex scan to the end.
    expect(formulas(`${'\\( $x '.repeat(3000)}`)).toEqual([]);
  });
});
