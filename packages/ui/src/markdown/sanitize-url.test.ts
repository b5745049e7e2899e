import { describe, expect, it, vi } from 'vitest';
import { entityTable } from './entity-table.ts';
import { sanitizeImageUrl, sanitizeLinkUrl } from './sanitize-url.ts';

describe('sanitizeLinkUrl', () => {
  it.each([
    'https://example.com/a?b=c#d',
    'http://example.com',
    'mailto:someone@example.com',
    '/docs/page',
    './relative',
    '#anchor',
    '?q=1',
    'page.html',
    '//cdn.example.com/x',
    'https://example.com/?a=1&copy=2&lang=en',
  ])('keeps %s', (url) => {
    expect(sanitizeLinkUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106avascript:alert(1)',
    '&amp;#106;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'javascript\u200b:alert(1)',
    'ftp://example.com',
    'blob:https://example.com/x',
    '',
    '   ',
  ])('refuses %j', (url) => {
    expect(sanitizeLinkUrl(url)).toBeUndefined();
  });
});

describe('sanitizeImageUrl', () => {
  it('keeps absolute http(s) images', () => {
    expect(sanitizeImageUrl('https://example.com/a.png')).toBe('https://example.com/a.png');
    expect(sanitizeImageUrl('http://example.com/a.png')).toBe('http://example.com/a.png');
  });

  it.each(['data:image/svg+xml;base64,PHN2Zz4=', 'javascript:alert(1)', '/relative.png', 'x.png'])(
    'refuses %j',
    (url) => {
      expect(sanitizeImageUrl(url)).toBeUndefined();
    },
  );
});

// Before the complete table of names has loaded (the tests above never load it), then after.
describe('a URL with a name only the complete table of references decodes', () => {
  it.each([
    'jav&Tab;ascript:alert(1)',
    'jav&tab;ascript:alert(1)',
    'java&NewLine;script:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&COLON;alert(1)',
    'javascript&colon alert(1)',
    '&#x6A;avascript&colon;alert(1)',
    'jav&#x09;ascript&#58;alert(1)',
    '&#106avascript&#58alert(1)',
  ])('refuses %j with the common references alone', (url) => {
    const onUnresolved = vi.fn();
    expect(entityTable.current).toBeUndefined();
    expect(sanitizeLinkUrl(url, onUnresolved)).toBeUndefined();
    expect(onUnresolved).not.toHaveBeenCalled(); // settled: no table needed
  });

  it.each([
    'javascript&ZeroWidthSpace;:alert(1)',
    'java&shy;script:alert(1)&hearts;',
    'https://example.com/?q=a&hearts;b',
  ])('refuses %j until the table has loaded, and asks for it', (url) => {
    const onUnresolved = vi.fn();
    expect(entityTable.current).toBeUndefined();
    expect(sanitizeLinkUrl(url, onUnresolved)).toBeUndefined();
    expect(sanitizeImageUrl(url, onUnresolved)).toBeUndefined();
    expect(onUnresolved).toHaveBeenCalledTimes(2);
  });

  it('decides on the fully decoded URL once the table has loaded', async () => {
    await entityTable.load();
    const onUnresolved = vi.fn();
    expect(sanitizeLinkUrl('https://example.com/?q=a&hearts;b', onUnresolved)).toBe(
      'https://example.com/?q=a♥b',
    );
    expect(sanitizeLinkUrl('javascript&ZeroWidthSpace;:alert(1)', onUnresolved)).toBeUndefined();
    expect(sanitizeLinkUrl('java&shy;script:alert(1)&hearts;', onUnresolved)).toBeUndefined();
    expect(sanitizeLinkUrl('jav&Tab;ascript:alert(1)', onUnresolved)).toBeUndefined();
    expect(onUnresolved).not.toHaveBeenCalled();
  });
});
