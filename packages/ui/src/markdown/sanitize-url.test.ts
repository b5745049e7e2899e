import { describe, expect, it } from 'vitest';
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
