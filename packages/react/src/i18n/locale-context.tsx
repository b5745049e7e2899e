import * as React from 'react';
import { en } from './en.ts';
import { type MessagesLoad, messagesLoad } from './load-messages.ts';
import type { AgentChatMessages, AgentChatMessagesOverride } from './messages.ts';
import { directionOf, isCompleteMessages, mergeMessages } from './translations.ts';

/** The locale the kit speaks, its writing direction and its messages. */
export interface AgentChatLocale {
  /** BCP 47 tag, used for `Intl` formatting (`en`, `pt-BR`, `ar`). */
  locale: string;
  /** Direction of the locale's script; the kit sets no `dir` itself: set it on an ancestor. */
  dir: 'ltr' | 'rtl';
  messages: AgentChatMessages;
}

const LocaleContext = React.createContext<AgentChatLocale>({ locale: 'en', dir: 'ltr', messages: en });

/** Props of `AgentChatLocaleProvider`. */
export interface AgentChatLocaleProviderProps {
  /**
   * The locale; inherited from an enclosing provider (or English) when absent. A language other
   * than English loads on first use: until it has, the provider suspends (the nearest Suspense
   * boundary shows its fallback), so nothing shows in English first. A change of locale keeps the
   * current language on screen until the new one has loaded. `await loadMessages(locale)`
   * beforehand, or complete `messages`, render at once.
   */
  locale?: string | undefined;
  /**
   * Messages replacing some of the locale's (`{ send: 'Go' }`). A complete set (`messages={ar}`)
   * is used as it is: nothing loads and nothing suspends, as server rendering needs.
   */
  messages?: AgentChatMessagesOverride | undefined;
  children?: React.ReactNode;
}

// React 18 has no `use`; throwing the pending promise is the Suspense protocol it knows.
const use: (load: MessagesLoad) => AgentChatMessages =
  'use' in React
    ? React.use
    : (load) => {
        if (load.status === 'fulfilled') return load.value;
        if (load.status === 'rejected') throw load.reason;
        throw load;
      };

/**
 * Sets the locale and messages of the components below it; `<AgentChatProvider locale messages>`
 * renders one. Use it alone where components are shown without a backend.
 * @example <AgentChatLocaleProvider locale="ar"><Composer onSend={send} /></AgentChatLocaleProvider>
 */
export function AgentChatLocaleProvider({ locale, messages, children }: AgentChatLocaleProviderProps) {
  const parent = React.useContext(LocaleContext);
  // A new locale is first rendered in the background: if its language has yet to load, what is
  // on screen stays (no Suspense fallback replacing it) until it has.
  const shown = React.useDeferredValue(locale);
  const complete = React.useMemo(() => isCompleteMessages(messages), [messages]);
  const tag = shown ?? parent.locale;
  let base = parent.messages;
  // Complete messages override every key: the locale's own are not needed, nor loaded.
  if (shown !== undefined) base = complete ? en : use(messagesLoad(shown));
  const value = React.useMemo<AgentChatLocale>(
    () => ({ locale: tag, dir: directionOf(tag), messages: mergeMessages(base, messages) }),
    [tag, base, messages],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** The kit's messages in the current locale (English outside any provider). */
export function useMessages(): AgentChatMessages {
  return React.useContext(LocaleContext).messages;
}

/** The current locale and its direction, e.g. to place a panel on the start side. */
export function useLocale(): Omit<AgentChatLocale, 'messages'> {
  const { locale, dir } = React.useContext(LocaleContext);
  return { locale, dir };
}
