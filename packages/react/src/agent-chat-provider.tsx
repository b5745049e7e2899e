import {
  type Backend,
  type BackendCapabilities,
  capabilitiesOf,
  type RenderPacing,
} from '@agent-chat/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import * as React from 'react';
import { ConversationRegistry } from './conversation-registry.ts';
import { AgentChatLocaleProvider } from './i18n/locale-context.tsx';
import type { AgentChatMessagesOverride } from './i18n/messages.ts';
import { type SpeechConfig, SpeechProvider } from './speech/speech-context.tsx';

export type { RenderPacing } from '@agent-chat/client';

/** Limits applied to attachments unless a hook is given its own. */
export interface AttachmentDefaults {
  /** Largest file in bytes; defaults to the backend's `capabilities.maxFileBytes`. */
  maxFileBytes?: number;
  /** Accepted MIME types (`image/*` wildcards allowed) or extensions (`.pdf`); all when absent. */
  accept?: string[];
  /** Most files on one message. */
  maxFiles?: number;
}

/** What `useAgentChat` gives the hooks. */
export interface AgentChatContextValue {
  backend: Backend;
  capabilities: BackendCapabilities;
  queryClient: QueryClient;
  /** The conversation controllers of this provider, one per conversation. */
  registry: ConversationRegistry;
  defaults: {
    attachments: Required<Pick<AttachmentDefaults, 'maxFileBytes' | 'maxFiles'>> & AttachmentDefaults;
    renderPacing: RenderPacing;
  };
}

const AgentChatContext = React.createContext<AgentChatContextValue | null>(null);

/** Props of `AgentChatProvider`. */
export interface AgentChatProviderProps {
  backend: Backend;
  /** Share your app's QueryClient; one is made when absent. */
  queryClient?: QueryClient;
  attachments?: AttachmentDefaults;
  /** Defaults to `frame`: at most one React commit per animation frame while a reply streams. */
  renderPacing?: RenderPacing;
  /**
   * Locale of the kit's text and `Intl` formatting (`en` by default; `ar` and `pt` ship too).
   * The provider sets no `dir`: set `dir={useLocale().dir}` (or `dir="rtl"`) on an ancestor.
   *
   * Arabic and Portuguese load on first use. Until the language has loaded, the provider
   * suspends: the nearest `<Suspense>` above it shows its fallback (without one, nothing of the
   * provider shows yet), so no English appears first. A later change of `locale` keeps the current
   * language on screen until the new one has loaded. To render at once, `await loadMessages(locale)`
   * beforehand or pass a complete `messages` (on a server, where rendering cannot wait).
   * @example <Suspense fallback={<Spinner />}><AgentChatProvider backend={backend} locale="ar">…</AgentChatProvider></Suspense>
   */
  locale?: string;
  /**
   * Messages replacing some of the locale's, e.g. `{ send: 'Go' }`. A complete set
   * (`messages={ar}`, typed `AgentChatMessages`) is used as it is: nothing loads or suspends.
   */
  messages?: AgentChatMessagesOverride;
  /**
   * Read aloud and dictation. Off when absent or `false` (no buttons; an enclosing
   * `SpeechProvider` still applies); `true` uses the browser's Web Speech API where it exists
   * (its adapters load when a service is first turned on, and the buttons appear then);
   * an object picks per service: your own adapter, `true` (the browser's, also when the entry is
   * missing) or `false`. Buttons are hidden wherever a service is off or unsupported.
   * @example speech={{ synthesis: myTextToSpeech, dictation: false }}
   */
  speech?: boolean | SpeechConfig | undefined;
  children?: React.ReactNode;
}

/**
 * Gives the hooks a backend, a QueryClient and defaults, and the components their locale and messages.
 * @example <AgentChatProvider backend={noxusV1({ baseUrl: '/agent-chat' })}><Thread /></AgentChatProvider>
 */
export function AgentChatProvider({
  backend,
  queryClient,
  attachments,
  renderPacing = 'frame',
  locale,
  messages,
  speech,
  children,
}: AgentChatProviderProps) {
  const [ownClient] = React.useState(
    () => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: 1 } } }),
  );
  const client = queryClient ?? ownClient;
  // Its own memo: controllers (and replies streaming in them) outlive changes of other props.
  const registry = React.useMemo(
    () => new ConversationRegistry(backend, client, renderPacing),
    [backend, client, renderPacing],
  );
  const value = React.useMemo<AgentChatContextValue>(() => {
    const capabilities = capabilitiesOf(backend);
    return {
      backend,
      capabilities,
      queryClient: client,
      registry,
      defaults: {
        attachments: { maxFileBytes: capabilities.maxFileBytes, maxFiles: 10, ...attachments },
        renderPacing,
      },
    };
  }, [backend, client, registry, attachments, renderPacing]);
  return (
    <QueryClientProvider client={client}>
      <AgentChatContext.Provider value={value}>
        {locale === undefined && messages === undefined ? (
          withSpeech(speech, children)
        ) : (
          <AgentChatLocaleProvider locale={locale} messages={messages}>
            {withSpeech(speech, children)}
          </AgentChatLocaleProvider>
        )}
      </AgentChatContext.Provider>
    </QueryClientProvider>
  );
}

/** `children` under a `SpeechProvider` when speech is asked for. */
function withSpeech(speech: AgentChatProviderProps['speech'], children: React.ReactNode): React.ReactNode {
  if (!speech) return children;
  const config = speech === true ? {} : speech;
  return (
    <SpeechProvider synthesis={config.synthesis} dictation={config.dictation}>
      {children}
    </SpeechProvider>
  );
}

/** The provider's backend, capabilities and defaults; throws a named error outside `<AgentChatProvider>`. */
export function useAgentChat(caller = 'useAgentChat'): AgentChatContextValue {
  const value = React.useContext(AgentChatContext);
  if (!value) throw new Error(`${caller} must be used inside <AgentChatProvider backend={…}>.`);
  return value;
}
