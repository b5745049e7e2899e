import { describe, expect, it } from 'vitest';
import { generateId } from './generate-id.ts';

describe('generateId', () => {
  it('makes 16 alphanumeric characters by default, different every time', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => generateId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z]{16}$/);
  });

  it('makes ids of the size asked for', () => {
    expect(generateId(4)).toHaveLength(4);
  });
});
