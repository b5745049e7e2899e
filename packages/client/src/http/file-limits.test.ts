import { describe, expect, it } from 'vitest';
import { assertFilesWithinLimit, formatBytes } from './file-limits.ts';

describe('file limits', () => {
  it('formats sizes for people', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(3480)).toBe('3.4 KB');
    expect(formatBytes(26 * 1024 * 1024)).toBe('26.0 MB');
  });
  it('names the first file over the limit and lets others through', () => {
    const small = { name: 'a.txt', mediaType: 'text/plain', data: new Blob(['12345']) };
    const large = {
      name: 'b.bin',
      mediaType: 'application/octet-stream',
      data: new Blob([new Uint8Array(11)]),
    };
    const remote = { name: 'c.pdf', mediaType: 'application/pdf', url: 'https://x/c.pdf' };
    expect(() => assertFilesWithinLimit([small, remote], 10)).not.toThrow();
    expect(() => assertFilesWithinLimit([small, large], 10)).toThrow(
      expect.objectContaining({ kind: 'limit', message: expect.stringContaining('"b.bin" is 11 B') }),
    );
  });
});
