import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import type { AgentChatMessages } from './messages.ts';
import { directionOf, mergeMessages, messagesFor, translations } from './translations.ts';

// A compile-time check as well: each shipped translation must be a complete `AgentChatMessages`.
const complete: Record<string, AgentChatMessages> = translations;

describe('translations', () => {
  it.each(Object.entries(complete))('%s has every key of English, none empty', (_language, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(messages.errors).sort()).toEqual(Object.keys(en.errors).sort());
    for (const [key, value] of Object.entries(messages)) {
      if (typeof value === 'string') expect(value, key).not.toBe('');
    }
  });

  it('translates, not copies, the visible words', () => {
    expect(translations.ar.send).not.toBe(en.send);
    expect(translations.pt.send).toBe('Enviar');
    expect(translations.ar.errors.timeout).not.toBe(en.errors.timeout);
  });

  it('picks a translation and a direction by language', () => {
    expect(messagesFor('pt-BR')).toBe(translations.pt);
    expect(messagesFor('ja')).toBe(en);
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
});
