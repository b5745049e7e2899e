import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../test-support/rejection-of.ts';
import { nameFromMessages, userMessageFrom } from './ai-sdk-messages.ts';

const said = (text: string): UIMessage[] => [
  { id: 'a0', role: 'assistant', parts: [{ type: 'text', text: 'Welcome' }] },
  { id: 'u1', role: 'user', parts: [{ type: 'text', text }] },
];

describe('nameFromMessages', () => {
  it('names a conversation after its first user message, on one line, cut at a word', () => {
    expect(nameFromMessages(said('  Where is\n my order?  '))).toBe('Where is my order?');
    const long = nameFromMessages(said(`${'word '.repeat(30)}`));
    expect(long).toBe(`${'word '.repeat(11)}word…`);
    expect(Array.from(nameFromMessages(said('🎉'.repeat(80))) ?? '')).toHaveLength(61);
    expect(nameFromMessages(said('   '))).toBeUndefined();
    expect(nameFromMessages([])).toBeUndefined();
  });
});

describe('userMessageFrom', () => {
  it('keeps a URL as it is and sends no empty text part beside files', async () => {
    const message = await userMessageFrom(
      { text: '', files: [{ name: 'a.png', mediaType: 'image/png', url: 'https://example.com/a.png' }] },
      100,
    );
    expect(message).toMatchObject({
      role: 'user',
      parts: [{ type: 'file', mediaType: 'image/png', filename: 'a.png', url: 'https://example.com/a.png' }],
    });
    expect((await userMessageFrom({ text: '' }, 100)).parts).toEqual([{ type: 'text', text: '' }]);
  });

  it('refuses a file known only by reference', async () => {
    const error = await rejectionOf(
      userMessageFrom(
        { text: 'x', files: [{ name: 'r.pdf', mediaType: 'application/pdf', fileRef: 'f1' }] },
        100,
      ),
    );
    expect(error.kind).toBe('unsupported');
    expect(error.message).toContain('inline');
  });
});
