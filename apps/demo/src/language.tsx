import { directionOf } from '@agent-chat/react';
import * as React from 'react';

/** The languages the kit ships. */
const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'pt', label: 'Português' },
  { value: 'ar', label: 'العربية' },
] as const;

const storageKey = 'agent-chat-demo-language';
const listeners = new Set<() => void>();

function read(): string {
  const stored = window.localStorage.getItem(storageKey);
  return LANGUAGES.some((language) => language.value === stored) ? (stored as string) : 'en';
}

/** Sets `lang` and `dir` on <html>: the kit sets no `dir` itself, the app does. */
function apply(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setLanguage(language: string) {
  window.localStorage.setItem(storageKey, language);
  apply(language);
  for (const listener of listeners) listener();
}

/** The demo's language (remembered), shared by the header's switch and the provider. */
export function useLanguage(): string {
  const language = React.useSyncExternalStore(subscribe, read, () => 'en');
  React.useLayoutEffect(() => apply(language), [language]);
  return language;
}

/** The header's language switch: en / pt / ar (right to left). */
export function LanguageSelect() {
  const language = useLanguage();
  return (
    <select
      aria-label="Language"
      value={language}
      onChange={(event) => setLanguage(event.currentTarget.value)}
      className="demo-button"
    >
      {LANGUAGES.map(({ value, label }) => (
        <option key={value} value={value} lang={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
