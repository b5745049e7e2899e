import { describe, expect, it } from 'vitest';
import { cutPoint } from './use-catch-up-text.ts';

describe('cutPoint', () => {
  it('cuts after the last blank line in range, so whole blocks come in', () => {
    const text = 'one\n\ntwo\nthree\n\nfour five six';
    expect(cutPoint(text, 0, 20)).toBe(text.indexOf('four'));
  });

  it('falls back to the last line break, then to the limit', () => {
    expect(cutPoint('alpha\nbeta gamma', 0, 12)).toBe(6);
    expect(cutPoint('alpha beta gamma', 0, 8)).toBe(8);
  });

  it('ignores breaks before the committed part', () => {
    expect(cutPoint('a\n\nbcdefghij', 4, 8)).toBe(8);
  });

  it('never splits a surrogate pair', () => {
    const text = `abc${'😀'.repeat(4)}`;
    const cut = cutPoint(text, 0, 4);
    expect(cut).toBe(3);
    expect(cutPoint(text, 0, 5)).toBe(5);
  });
});
