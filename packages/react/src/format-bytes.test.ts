import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

const MB = 1024 * 1024;

describe('formatBytes', () => {
  it('reads like people write sizes', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(30 * MB)).toBe('30 MB');
    expect(formatBytes(-1)).toBe('unknown size');
  });

  it('formats in the given locale', () => {
    expect(formatBytes(1536, 'pt')).toBe('1,5 kB');
    expect(formatBytes(-1, 'pt', 'tamanho desconhecido')).toBe('tamanho desconhecido');
    expect(formatBytes(30 * MB, 'ar')).not.toBe('30 MB');
  });
});
