import { en } from './en.ts';
import type { AgentChatMessages } from './messages.ts';
import { languageOf } from './translations.ts';

// Every language but English is a module of its own, fetched the first time it is asked for:
// an app ships the languages it shows, not all of them.
const LOADERS = {
  ar: () => import('./ar.ts').then((module) => module.ar),
  pt: () => import('./pt.ts').then((module) => module.pt),
} satisfies Record<string, () => Promise<AgentChatMessages>>;

/** A language the kit ships a translation for. */
export type ShippedLanguage = 'en' | keyof typeof LOADERS;

/**
 * A load of one language's messages that says how it went: `status`, `value` and `reason` are
 * the fields React's `use` reads, so a finished load is read in the same render, without suspending.
 */
export type MessagesLoad = Promise<AgentChatMessages> &
  (
    | { status: 'pending' }
    | { status: 'fulfilled'; value: AgentChatMessages }
    | { status: 'rejected'; reason: unknown }
  );

function tracked(promise: Promise<AgentChatMessages>): MessagesLoad {
  const load = Object.assign(promise, { status: 'pending' as const });
  // The handlers return nothing: returning `load` would chain onto it (and reject unhandled).
  promise.then(
    (value) => {
      Object.assign(load, { status: 'fulfilled', value });
    },
    (reason: unknown) => {
      Object.assign(load, { status: 'rejected', reason });
    },
  );
  return load;
}

const english: MessagesLoad = Object.assign(Promise.resolve(en), { status: 'fulfilled' as const, value: en });

const loads = new Map<keyof typeof LOADERS, MessagesLoad>();

function hasLoader(language: string): language is keyof typeof LOADERS {
  return Object.hasOwn(LOADERS, language);
}

/**
 * The load of a locale's messages, started on the first call and shared by every later one (a
 * failed load included: rendering never retries on its own, see `loadMessages`). English, and
 * a language the kit does not ship, is a load already done.
 */
export function messagesLoad(locale: string): MessagesLoad {
  const language = languageOf(locale);
  if (!hasLoader(language)) return english;
  let load = loads.get(language);
  if (!load) {
    load = tracked(LOADERS[language]());
    loads.set(language, load);
  }
  return load;
}

/**
 * The shipped messages for a locale (`pt-BR` → `pt`; English when the language is not shipped),
 * loading its module on first use. Await it before rendering to have a provider in that locale
 * render at once (on a server, or to switch without a pause); after a failed load, a call tries again.
 * @example const messages = await loadMessages('ar');
 */
export function loadMessages(locale: string): Promise<AgentChatMessages> {
  const language = languageOf(locale);
  if (hasLoader(language) && loads.get(language)?.status === 'rejected') loads.delete(language);
  return messagesLoad(locale);
}
