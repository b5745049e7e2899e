import { describe, expect, it } from 'vitest';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { loadMessages, type ShippedLanguage } from './load-messages.ts';
import type { AgentChatMessages } from './messages.ts';
import { pt } from './pt.ts';
import { directionOf, isCompleteMessages, mergeMessages } from './translations.ts';

// A compile-time check as well: each shipped translation must be a complete `AgentChatMessages`.
const shipped: Record<ShippedLanguage, AgentChatMessages> = { en, ar, pt };

describe('translations', () => {
  it.each(Object.entries(shipped))('%s has every key of English, none empty', (_language, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(messages.errors).sort()).toEqual(Object.keys(en.errors).sort());
    for (const [key, value] of Object.entries(messages)) {
      if (typeof value === 'string') expect(value, key).not.toBe('');
    }
  });

  it('translates, not copies, the visible words', () => {
    expect(ar.send).not.toBe(en.send);
    expect(pt.send).toBe('Enviar');
    expect(ar.errors.timeout).not.toBe(en.errors.timeout);
  });

  it('loads a translation by language, English for one not shipped, and a direction', async () => {
    await expect(loadMessages('pt-BR')).resolves.toBe(pt);
    await expect(loadMessages('AR_eg')).resolves.toBe(ar);
    await expect(loadMessages('ja')).resolves.toBe(en);
    await expect(loadMessages('en-GB')).resolves.toBe(en);
    expect(loadMessages('pt')).toBe(loadMessages('pt-PT')); // one load per language
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('pt')).toBe('ltr');
  });

  it('overrides some keys and some error sentences only', () => {
    const merged = mergeMessages(en, { send: 'Go', errors: { timeout: 'Too slow.' } });
    expect(merged.send).toBe('Go');
    expect(merged.stop).toBe('Stop');
    expect(merged.errors.timeout).toBe('Too slow.');
    expect(merged.errors.auth).toBe(en.errors.auth);
  });

  it('tells a whole translation from a partial one', () => {
    expect(isCompleteMessages(ar)).toBe(true);
    expect(isCompleteMessages({ ...pt, send: 'Mandar' })).toBe(true);
    expect(isCompleteMessages(undefined)).toBe(false);
    expect(isCompleteMessages({ send: 'Go' })).toBe(false);
    const { timeout: _, ...someErrors } = en.errors;
    expect(isCompleteMessages({ ...en, errors: someErrors })).toBe(false);
    expect(isCompleteMessages({ ...en, send: undefined })).toBe(false);
  });
});
