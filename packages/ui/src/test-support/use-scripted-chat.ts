import type { ChatStatus, UIMessage } from 'ai';
import * as React from 'react';

/** What `useScriptedChat` returns: the shape a thread needs from a conversation. */
export interface ScriptedChat {
  messages: UIMessage[];
  status: ChatStatus;
  send(input: { text: string; files: File[] }): Promise<boolean>;
  stop(): void;
}

/**
 * A conversation without a backend for presentational stories: each send appends the user's
 * message and streams `reply` back a few characters per frame; stop ends it where it is.
 */
export function useScriptedChat(initial: UIMessage[], reply: string, charsPerFrame = 16): ScriptedChat {
  const [messages, setMessages] = React.useState(initial);
  const [status, setStatus] = React.useState<ChatStatus>('ready');
  const frame = React.useRef(0);
  React.useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const stop = React.useCallback(() => {
    cancelAnimationFrame(frame.current);
    setStatus('ready');
  }, []);

  const send = React.useCallback(
    async ({ text }: { text: string; files: File[] }) => {
      const id = `scripted-${Date.now()}`;
      setMessages((current) => [
        ...current,
        { id: `${id}-u`, role: 'user', parts: [{ type: 'text', text }] },
      ]);
      setStatus('submitted');
      let shown = 0;
      const tick = () => {
        shown = Math.min(reply.length, shown + charsPerFrame);
        const done = shown >= reply.length;
        const message: UIMessage = {
          id: `${id}-a`,
          role: 'assistant',
          parts: [{ type: 'text', text: reply.slice(0, shown), state: done ? 'done' : 'streaming' }],
        };
        setMessages((current) => [...current.filter((m) => m.id !== message.id), message]);
        setStatus(done ? 'ready' : 'streaming');
        if (!done) frame.current = requestAnimationFrame(tick);
      };
      frame.current = requestAnimationFrame(tick);
      return true;
    },
    [reply, charsPerFrame],
  );

  return { messages, status, send, stop };
}
