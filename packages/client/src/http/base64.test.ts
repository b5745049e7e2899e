import { describe, expect, it } from 'vitest';
import { blobToBase64, bytesToBase64 } from './base64.ts';

describe('bytesToBase64', () => {
  it('matches Node for small and multi-chunk inputs', async () => {
    const small = new Uint8Array([0, 1, 2, 253, 254, 255]);
    expect(bytesToBase64(small)).toBe(Buffer.from(small).toString('base64'));
    // 3 MB crosses many chunks; a single fromCharCode call this large would overflow the stack.
    const large = new Uint8Array(3 * 1024 * 1024 + 7).map((_, index) => (index * 31) % 256);
    expect(bytesToBase64(large)).toBe(Buffer.from(large).toString('base64'));
    expect(await blobToBase64(new Blob([large]))).toBe(Buffer.from(large).toString('base64'));
  });
  it('encodes nothing as an empty string', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
