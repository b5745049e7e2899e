import { describe, expect, it } from 'vitest';
import { isInsideOpenFence, remend } from './remend.ts';

describe('remend', () => {
  it.each([
    ['**bold', '**bold**'],
    ['some *it', 'some *it*'],
    ['some _it', 'some _it_'],
    ['~~gone', '~~gone~~'],
    ['***both', '***both***'],
    ['**bold _and it', '**bold _and it_**'],
    ['call `fn(', 'call `fn(`'],
    ['text **', 'text'],
    ['text `', 'text '],
    ['see [the docs](https://exa', 'see the docs'],
    ['see [the do', 'see the do'],
    ['pic ![alt](https://x', 'pic '],
    ['a snake_case name', 'a snake_case name'],
    ['**done** and _done_', '**done** and _done_'],
    ['`a*b` c', '`a*b` c'],
    ['2 * 3 = 6', '2 * 3 = 6'],
    ['- item one\n- item **two', '- item one\n- item **two**'],
    ['**bold \n', '**bold**'],
    ['para one\n\npara **two', 'para one\n\npara **two**'],
    ['[done](https://x.y) and more', '[done](https://x.y) and more'],
    ['the product $a*b$ and $x_1 + y_1$ is', 'the product $a*b$ and $x_1 + y_1$ is'],
    ['inline \\(a*b\\) and', 'inline \\(a*b\\) and'],
    ['$x$ then *it', '$x$ then *it*'],
    ['costs $5 and **bold', 'costs $5 and **bold**'],
  ])('%j → %j', (input, expected) => {
    expect(remend(input)).toBe(expected);
  });

  it('leaves an open code fence alone', () => {
    const text = 'Intro\n\n```js\nconst a = **b';
    expect(remend(text)).toBe(text);
  });

  it('works on closed fences followed by prose', () => {
    expect(remend('```\ncode\n```\n\nand **more')).toBe('```\ncode\n```\n\nand **more**');
  });
});

describe('isInsideOpenFence', () => {
  it('tracks fence pairs by character and length', () => {
    expect(isInsideOpenFence('```js\na')).toBe(true);
    expect(isInsideOpenFence('```js\na\n```')).toBe(false);
    expect(isInsideOpenFence('````\n```\nstill code')).toBe(true);
    expect(isInsideOpenFence('~~~\n```\n')).toBe(true);
    expect(isInsideOpenFence('```a`b\nnot a fence')).toBe(false);
  });
});
