import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport, type UIMessage } from 'ai';
import { Profiler, useEffect } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Text of a message's text parts. */
function textOf(message: UIMessage): string {
  return message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** The naive baseline: `useChat` with its default transport, whole text re-rendered by react-markdown per chunk. */
export function NaiveReply({
  onCommit,
  onReady,
}: {
  onCommit: () => void;
  onReady: (send: () => void) => void;
}) {
  const { messages, sendMessage } = useChat({ transport: new DefaultChatTransport({ api: '/frames' }) });
  useEffect(
    () => onReady(() => void sendMessage({ text: 'Write the long document.' })),
    [onReady, sendMessage],
  );
  return (
    <Profiler id="naive" onRender={onCommit}>
      <div data-testid="reply-root">
        {messages.map((message) => (
          <div key={message.id}>
            <Markdown remarkPlugins={[remarkGfm]}>{textOf(message)}</Markdown>
          </div>
        ))}
      </div>
    </Profiler>
  );
}

/** The naive baseline for long threads: every message rendered with react-markdown, no virtualization. */
export function NaiveThread({ messages }: { messages: UIMessage[] }) {
  return (
    <div data-testid="thread-root" style={{ height: '100vh', overflow: 'auto' }}>
      {messages.map((message) => (
        <div key={message.id}>
          <Markdown remarkPlugins={[remarkGfm]}>{textOf(message)}</Markdown>
        </div>
      ))}
    </div>
  );
}
