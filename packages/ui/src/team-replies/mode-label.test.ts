import { describe, expect, it } from 'vitest';
import { modeDescription, modeLabel } from './mode-label.ts';

describe('modeLabel', () => {
  it('turns ids into words', () => {
    expect(modeLabel('round-robin')).toBe('Round robin');
    expect(modeLabel('brainstorm')).toBe('Brainstorm');
    expect(modeLabel('deep_dive')).toBe('Deep dive');
    expect(modeLabel('--')).toBe('--');
  });
});

describe('modeDescription', () => {
  it('describes the platform modes only', () => {
    expect(modeDescription('debate')).toMatch(/argue/);
    expect(modeDescription('something-new')).toBeUndefined();
  });
});
