import type { Backend } from '@agent-chat/client';
import { AgentChatProvider } from '@agent-chat/react';
import { ChatWidget, PortalContainerProvider, Thread } from '@agent-chat/ui';
import * as React from 'react';
import type { WidgetPosition } from './widget-attributes.ts';

/** Props of `WidgetApp`. */
export interface WidgetAppProps {
  backend: Backend;
  title: string;
  position: WidgetPosition;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Inside the shadow root: where the panel and every popover, menu and dialog render. */
  portalContainer: HTMLElement;
}

/**
 * The launcher and the panel with the full thread. The conversation outlives the panel: closing
 * unmounts the thread, so reopening shows the same conversation again, loaded from its history.
 * @example <WidgetApp backend={backend} title="Support" position="bottom-right" open={false} onOpenChange={setOpen} portalContainer={div} />
 */
export function WidgetApp({ backend, title, position, open, onOpenChange, portalContainer }: WidgetAppProps) {
  const [conversationId, setConversationId] = React.useState<string | undefined>();
  return (
    <AgentChatProvider backend={backend}>
      <PortalContainerProvider container={portalContainer}>
        <ChatWidget
          title={title}
          position={position}
          open={open}
          onOpenChange={onOpenChange}
          container={portalContainer}
        >
          <Thread
            conversationId={conversationId}
            onConversationCreated={(conversation) => setConversationId(conversation.id)}
          />
        </ChatWidget>
      </PortalContainerProvider>
    </AgentChatProvider>
  );
}
