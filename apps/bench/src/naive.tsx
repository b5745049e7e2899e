import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport, type UIMessage } from 'ai';
import { Profiler, type ReactNode } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { ChatComposer } from './chat-composer.tsx';

/** Text of a message's text parts. */
export function textOf(message: UIMessage): string {
  return message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** How a `useChat` variant draws one message's text. */
export type RenderText = (text: string, streaming: boolean) => ReactNode;

/** The naive baseline's renderer: the whole text through react-markdown on every update. */
export const renderMarkdown: RenderText = (text) => <Markdown remarkPlugins={[remarkGfm]}>{text}</Markdown>;

/** The no-markdown floor of `useChat`: the text in a `<pre>`. */
export const renderPre: RenderText = (text) => <pre style={{ whiteSpace: 'pre-wrap' }}>{text}</pre>;

/** `useChat` with its default transport on `/frames`, every message drawn by `renderText`, a plain composer. */
export function UseChatApp({
  id,
  renderText,
  onCommit,
  initialMessages,
}: {
  id: string;
  renderText: RenderText;
  onCommit: () => void;
  initialMessages?: UIMessage[];
}) {
  const { messages, sendMessage, status } = useChat({
    messages: initialMessages,
    transport: new DefaultChatTransport({ api: '/frames' }),
  });
  const last = messages.length - 1;
  return (
    <Profiler id={id} onRender={onCommit}>
      <div style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
        <div data-testid="thread-root" style={{ flex: 1, overflow: 'auto' }}>
          {messages.map((message, index) => (
            <div key={message.id}>
              {renderText(textOf(message), index === last && status === 'streaming')}
            </div>
          ))}
        </div>
        <ChatComposer onSend={(text) => void sendMessage({ text })} />
      </div>
    </Profiler>
  );
}
