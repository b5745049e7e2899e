import { ConversationList, Thread } from '@agent-chat/ui';
import * as React from 'react';
import type { ProxyConfig } from './backend-from-config.ts';
import { DemoHeader } from './demo-header.tsx';
import { useFeedbackToast } from './feedback-toast.tsx';
import { SidePanel } from './side-panel.tsx';
import { demoTools } from './tools/demo-tools.ts';
import type { Theme } from './use-theme.ts';

/** Prompts that show what the mock server can do (they are its scenario commands). */
const platformSuggestions = [
  { label: 'What can you do?', prompt: '/help' },
  { label: 'Show reasoning', prompt: '/reasoning' },
  { label: 'Call a tool', prompt: '/tool' },
  { label: 'Cite sources', prompt: '/sources' },
];

/** The AI SDK mock's scenarios: a tool with its own card, an approval, a tool the browser runs. */
const aiSdkSuggestions = [
  { label: 'What can you do?', prompt: '/help' },
  { label: 'Weather card', prompt: '/weather Lisbon' },
  { label: 'Ask for approval', prompt: 'Delete the file notes.txt' },
  { label: 'Pick a date', prompt: '/pick-date' },
];

/** Models offered in the settings popover where the platform has settings. */
const models = ['gpt-4.1', 'gpt-4.1-mini', 'claude-sonnet-4'];

/** Props of `ChatScreen`. */
export interface ChatScreenProps {
  config: ProxyConfig;
  conversationId: string | undefined;
  onConversationChange(conversationId: string | undefined, options?: { replace?: boolean }): void;
  onOpenWidget(): void;
  theme: Theme;
  onThemeChange(theme: Theme): void;
}

/** The full app: conversations on the left, the thread in the middle, details on the right. */
export function ChatScreen({
  config,
  conversationId,
  onConversationChange,
  onOpenWidget,
  theme,
  onThemeChange,
}: ChatScreenProps) {
  // The thread is remounted when the user picks another conversation, not when its first send
  // created the one it shows (that reply is still streaming into it).
  const [threadKey, setThreadKey] = React.useState(0);
  const open = (id: string | undefined) => {
    if (id === conversationId) return;
    setThreadKey((key) => key + 1);
    onConversationChange(id);
  };
  const { onFeedback, toast } = useFeedbackToast();

  return (
    <div className="grid h-full grid-rows-[auto_minmax(0,1fr)]">
      <DemoHeader config={config} theme={theme} onThemeChange={onThemeChange}>
        <button type="button" className="demo-button" onClick={() => open(undefined)}>
          New chat
        </button>
        <button type="button" className="demo-button" onClick={onOpenWidget}>
          Widget page
        </button>
      </DemoHeader>
      <div className="flex min-h-0">
        <ConversationList
          label="Conversations"
          className="hidden w-72 shrink-0 border-r border-border md:flex"
          {...(conversationId ? { selectedId: conversationId } : {})}
          onSelect={(conversation) => open(conversation.id)}
          onCreated={(conversation) => open(conversation.id)}
          onDeleted={(id) => {
            if (id === conversationId) open(undefined);
          }}
        />
        <main aria-labelledby="chat-heading" className="flex min-w-0 flex-1 flex-col">
          {/* Gives the replies' markdown headings a parent level in the page outline. */}
          <h2 id="chat-heading" className="sr-only">
            Chat
          </h2>
          <Thread
            key={threadKey}
            className="min-h-0 flex-1"
            conversationId={conversationId}
            onConversationCreated={(conversation) => onConversationChange(conversation.id, { replace: true })}
            suggestions={config.api === 'ai-sdk' ? aiSdkSuggestions : platformSuggestions}
            tools={demoTools}
            onFeedback={onFeedback}
            emptyTitle="Ask the agent anything"
            models={models}
            placeholder="Send a message… (try /help)"
          />
        </main>
        <SidePanel
          config={config}
          conversationId={conversationId}
          className="hidden w-96 shrink-0 border-l border-border lg:flex"
        />
      </div>
      {toast}
    </div>
  );
}
