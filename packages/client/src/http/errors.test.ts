import { describe, expect, it } from 'vitest';
import { readServerMessage, redact, truncate } from './errors.ts';

describe('readServerMessage', () => {
  it('takes detail, error or message, in that order, from JSON bodies', () => {
    expect(readServerMessage('{"detail":"d","error":"e"}')).toBe('d');
    expect(readServerMessage('{"error":"e","message":"m"}')).toBe('e');
    expect(readServerMessage('{"message":"m"}')).toBe('m');
    expect(readServerMessage('{"error":{"message":"nested"}}')).toBe('nested');
    expect(readServerMessage('{"detail":[{"loc":["body"],"msg":"field required"}]}')).toBe('field required');
  });
  it('falls back to the body text, and to nothing for an empty body', () => {
    expect(readServerMessage('Bad Gateway')).toBe('Bad Gateway');
    expect(readServerMessage('{"other":1}')).toBe('{"other":1}');
    expect(readServerMessage('  ')).toBeUndefined();
  });
  it('truncates long messages and redacts secrets', () => {
    expect(truncate('abcdef', 3)).toBe('abc…');
    expect(readServerMessage('x'.repeat(600))?.length).toBe(501);
    expect(redact('key k1 and k1', 'k1')).toBe('key [redacted] and [redacted]');
    expect(redact('unchanged', undefined)).toBe('unchanged');
  });
});
