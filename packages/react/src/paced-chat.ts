import { createFrameScheduler } from '@agent-chat/client';
import { Chat } from '@ai-sdk/react';
import type { ChatInit, UIMessage } from 'ai';
import type { RenderPacing } from './agent-chat-provider.tsx';

type RegisterMessages = (onChange: () => void, throttleWaitMs?: number) => () => void;
type RegisterStatus = (onChange: () => void) => () => void;

/**
 * `useChat`'s `Chat` with message notifications paced to animation frames: however many chunks
 * arrive, subscribers hear about new messages at most once per frame. A status or error change
 * flushes at once, so the final text, an error or a stop is never a frame late (and `useChat`
 * reads the latest messages whenever it is notified). The AI SDK's own `throttle` waits a fixed
 * time instead and lets the last update trail the finish.
 */
export class PacedChat extends Chat<UIMessage> {
  constructor(init: ChatInit<UIMessage>, pacing: RenderPacing = 'frame') {
    super(init);
    if (pacing === 'none') return;
    const self = this as unknown as Record<string, unknown>;
    const registerMessages = self['~registerMessagesCallback'] as RegisterMessages;
    const registerStatus = self['~registerStatusCallback'] as RegisterStatus;
    const registerError = self['~registerErrorCallback'] as RegisterStatus;
    self['~registerMessagesCallback'] = ((onChange: () => void) => {
      const frame = createFrameScheduler(onChange);
      const unsubscribes = [
        registerMessages(frame.schedule),
        // Runs before the subscriber's own status callback reads the new state.
        registerStatus(frame.flush),
        registerError(frame.flush),
      ];
      return () => {
        frame.cancel();
        for (const unsubscribe of unsubscribes) unsubscribe();
      };
    }) satisfies RegisterMessages;
  }
}
