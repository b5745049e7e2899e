import type { Conversation } from '@agent-chat/client';
import { ChatWidget, Thread } from '@agent-chat/ui';
import * as React from 'react';
import type { ProxyConfig } from './backend-from-config.ts';
import { DemoHeader } from './demo-header.tsx';
import { demoTools } from './tools/demo-tools.ts';
import type { Theme } from './use-theme.ts';

/** Props of `WidgetPage`. */
export interface WidgetPageProps {
  config: ProxyConfig;
  theme: Theme;
  onThemeChange(theme: Theme): void;
  onBack(): void;
}

/** A sample host page (a shop's help centre) with the chat widget embedded in its corner. */
export function WidgetPage({ config, theme, onThemeChange, onBack }: WidgetPageProps) {
  const [conversation, setConversation] = React.useState<Conversation | undefined>();
  return (
    <div className="min-h-full">
      <DemoHeader config={config} theme={theme} onThemeChange={onThemeChange}>
        <button type="button" className="demo-button" onClick={onBack}>
          Back to the app
        </button>
      </DemoHeader>
      <main aria-label="Sample host page" className="mx-auto grid max-w-3xl gap-4 px-6 py-10">
        <h2 className="text-2xl font-semibold">Northwind help centre</h2>
        <p>
          This is an ordinary web page that embeds the chat widget: the launcher in the bottom right corner
          opens a panel with a full conversation, while the page stays usable around it.
        </p>
        <h3 className="text-lg font-semibold">Popular topics</h3>
        <ul className="list-disc pl-6">
          <li>Tracking an order</li>
          <li>Returns and refunds</li>
          <li>Changing a delivery address</li>
        </ul>
      </main>
      <ChatWidget title="Northwind assistant">
        <Thread
          conversationId={conversation?.id}
          onConversationCreated={setConversation}
          tools={demoTools}
          emptyTitle="How can we help?"
          suggestions={[{ label: 'What can you do?', prompt: '/help' }]}
        />
      </ChatWidget>
    </div>
  );
}
