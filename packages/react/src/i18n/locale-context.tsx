import * as React from 'react';
import { en } from './en.ts';
import type { AgentChatMessages, AgentChatMessagesOverride } from './messages.ts';
import { directionOf, mergeMessages, messagesFor } from './translations.ts';

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
  /** The locale; inherited from an enclosing provider (or English) when absent. */
  locale?: string | undefined;
  /** Messages replacing some of the locale's (`{ send: 'Go' }`). */
  messages?: AgentChatMessagesOverride | undefined;
  children?: React.ReactNode;
}

/**
 * Sets the locale and messages of the components below it; `<AgentChatProvider locale messages>`
 * renders one. Use it alone where components are shown without a backend.
 * @example <AgentChatLocaleProvider locale="ar"><Composer onSend={send} /></AgentChatLocaleProvider>
 */
export function AgentChatLocaleProvider({ locale, messages, children }: AgentChatLocaleProviderProps) {
  const parent = React.useContext(LocaleContext);
  const value = React.useMemo<AgentChatLocale>(() => {
    const tag = locale ?? parent.locale;
    const base = locale === undefined ? parent.messages : messagesFor(locale);
    return { locale: tag, dir: directionOf(tag), messages: mergeMessages(base, messages) };
  }, [locale, messages, parent]);
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
