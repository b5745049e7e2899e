import type { Backend } from '@agent-chat/client';
import { AgentChatProvider } from '@agent-chat/react';
import * as React from 'react';
import { backendFromConfig, loadProxyConfig, type ProxyConfig } from './backend-from-config.ts';
import { ChatScreen } from './chat-screen.tsx';
import { useLanguage } from './language.tsx';
import { useHashRoute } from './use-hash-route.ts';
import { useTheme } from './use-theme.ts';
import { WidgetPage } from './widget-page.tsx';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; config: ProxyConfig; backend: Backend };

/**
 * The demo: reads the proxy's configuration, builds the matching adapter and shows either the
 * full chat screen or a sample host page with the chat widget.
 */
export function App() {
  const [loaded, setLoaded] = React.useState<Loaded>({ state: 'loading' });
  const [route, navigate] = useHashRoute();
  const [theme, setTheme] = useTheme();
  const language = useLanguage();

  React.useEffect(() => {
    const controller = new AbortController();
    loadProxyConfig(controller.signal).then(
      (config) => setLoaded({ state: 'ready', config, backend: backendFromConfig(config) }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, []);

  switch (loaded.state) {
    case 'loading':
      return (
        <main aria-label="agent-chat demo" className="grid h-full place-items-center">
          <p role="status">Connecting to the proxy…</p>
        </main>
      );
    case 'error':
      return (
        <main aria-label="agent-chat demo" className="grid h-full place-items-center p-8">
          <p role="alert" className="max-w-xl text-destructive">
            {loaded.message}
          </p>
        </main>
      );
    case 'ready':
      return (
        <AgentChatProvider backend={loaded.backend} locale={language} speech>
          {route.page === 'widget' ? (
            <WidgetPage
              config={loaded.config}
              theme={theme}
              onThemeChange={setTheme}
              onBack={() => navigate({ page: 'chat', conversationId: undefined })}
            />
          ) : (
            <ChatScreen
              config={loaded.config}
              conversationId={route.conversationId}
              onConversationChange={(conversationId, options) =>
                navigate({ page: 'chat', conversationId }, options)
              }
              onOpenWidget={() => navigate({ page: 'widget' })}
              theme={theme}
              onThemeChange={setTheme}
            />
          )}
        </AgentChatProvider>
      );
  }
}
