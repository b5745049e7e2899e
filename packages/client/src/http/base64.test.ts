import { describe, expect, it } from 'vitest';
import { blobToBase64, bytesToBase64, encodeBase64Portable } from './base64.ts';

describe('base64', () => {
  it('matches Node for every length remainder', () => {
    const bytes = new Uint8Array(300).map((_, index) => (index * 37 + 11) % 256);
    for (let length = 0; length <= 7; length++) {
      const slice = bytes.subarray(0, length);
      expect(encodeBase64Portable(slice)).toBe(Buffer.from(slice).toString('base64'));
    }
    expect(encodeBase64Portable(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
  it('encodes several megabytes, through a Blob too', async () => {
    const large = new Uint8Array(3 * 1024 * 1024 + 2);
    for (let index = 0; index < large.length; index++) large[index] = (index * 31) & 255;
    const expected = Buffer.from(large).toString('base64');
    expect(encodeBase64Portable(large)).toBe(expected);
    expect(bytesToBase64(large)).toBe(expected);
    expect(await blobToBase64(new Blob([large]))).toBe(expected);
  });
});
