import { en } from './en.ts';
import type { AgentChatMessages, AgentChatMessagesOverride } from './messages.ts';

// Written right to left; `Intl.Locale#textInfo` is not in every engine yet.
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** The language subtag of a locale, lower case (`pt-BR` → `pt`). */
export function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** The writing direction of a locale (`ar-EG` → `rtl`). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

/** Whether `messages` holds every message and every error sentence: a whole translation. */
export function isCompleteMessages(
  messages: AgentChatMessagesOverride | undefined,
): messages is AgentChatMessages {
  if (!messages?.errors) return false;
  const { errors } = messages;
  return (
    Object.keys(en).every((key) => messages[key as keyof AgentChatMessagesOverride] !== undefined) &&
    Object.keys(en.errors).every((key) => errors[key as keyof typeof errors] !== undefined)
  );
}

/** `base` with `override` on top; the error sentences are merged one by one. */
export function mergeMessages(
  base: AgentChatMessages,
  override: AgentChatMessagesOverride | undefined,
): AgentChatMessages {
  if (!override) return base;
  const { errors, ...rest } = override;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return { ...base, ...defined, errors: { ...base.errors, ...errors } };
}
