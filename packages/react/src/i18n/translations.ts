import { ar } from './ar.ts';
import { en } from './en.ts';
import type { AgentChatMessages, AgentChatMessagesOverride } from './messages.ts';
import { pt } from './pt.ts';

/** The translations the kit ships, by language. */
export const translations = { en, ar, pt } as const satisfies Record<string, AgentChatMessages>;

/** A language the kit ships a translation for. */
export type ShippedLanguage = keyof typeof translations;

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

function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** The writing direction of a locale (`ar-EG` → `rtl`). */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

/** The shipped messages for a locale (`pt-BR` → `pt`), English when the language is not shipped. */
export function messagesFor(locale: string): AgentChatMessages {
  const language = languageOf(locale);
  return language in translations ? translations[language as ShippedLanguage] : en;
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
