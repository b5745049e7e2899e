import { describe, expect, it } from 'vitest';
import { limitFromMessage, parseRetryAfter, readServerMessage, redact, truncate } from './errors.ts';

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

describe('parseRetryAfter and limitFromMessage', () => {
  it('reads delta-seconds and HTTP dates, never negative', () => {
    const now = Date.parse('Sun, 29 Nov 2026 08:00:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Sun, 29 Nov 2026 08:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
  it('finds the limit a 413 message names', () => {
    expect(limitFromMessage('may carry at most 4 MB (4194304 bytes); send less')).toBe(4194304);
    expect(limitFromMessage('at most 0.5 MB (524288 bytes)')).toBe(524288);
    expect(limitFromMessage('big.pdf is 26.0 MB; files are limited to 25 MB.')).toBe(25 * 1024 * 1024);
    expect(limitFromMessage('Request exceeds the limit of 10MB')).toBe(10 * 1024 * 1024);
    expect(limitFromMessage('max 1,048,576 bytes')).toBe(1048576);
    expect(limitFromMessage('payload too large')).toBeUndefined();
    expect(limitFromMessage(undefined)).toBeUndefined();
  });
});
