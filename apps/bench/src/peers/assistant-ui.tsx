import {
  AssistantRuntimeProvider,
  ComposerPrimitive,
  MessagePrimitive,
  ThreadPrimitive,
} from '@assistant-ui/react';
import { AssistantChatTransport, useChatRuntime } from '@assistant-ui/react-ai-sdk';
import { MarkdownTextPrimitive } from '@assistant-ui/react-markdown';
import type { UIMessage } from 'ai';
import { Profiler } from 'react';
import remarkGfm from 'remark-gfm';

/** The `MarkdownText` of assistant-ui's shadcn `thread.tsx`. */
function MarkdownText() {
  return <MarkdownTextPrimitive remarkPlugins={[remarkGfm]} className="aui-md" />;
}

function UserMessage() {
  return (
    <MessagePrimitive.Root data-role="user">
      <MessagePrimitive.Parts />
    </MessagePrimitive.Root>
  );
}

function AssistantMessage() {
  return (
    <MessagePrimitive.Root data-role="assistant">
      <MessagePrimitive.Parts components={{ Text: MarkdownText }} />
    </MessagePrimitive.Root>
  );
}

/** assistant-ui's getting-started shape: `useChatRuntime` + a primitives `Thread` with markdown text. */
export function AssistantUiApp({
  onCommit,
  initialMessages,
}: {
  onCommit: () => void;
  initialMessages?: UIMessage[];
}) {
  const runtime = useChatRuntime({
    messages: initialMessages,
    transport: new AssistantChatTransport({ api: '/frames' }),
  });
  return (
    <Profiler id="assistant-ui" onRender={onCommit}>
      <AssistantRuntimeProvider runtime={runtime}>
        <ThreadPrimitive.Root style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
          <ThreadPrimitive.Viewport data-testid="thread-root" style={{ flex: 1, overflowY: 'auto' }}>
            <ThreadPrimitive.Messages components={{ UserMessage, AssistantMessage }} />
          </ThreadPrimitive.Viewport>
          <ComposerPrimitive.Root style={{ display: 'flex', gap: 8, padding: 8 }}>
            <ComposerPrimitive.Input rows={1} style={{ flex: 1 }} aria-label="Message" />
            <ComposerPrimitive.Send>Send</ComposerPrimitive.Send>
          </ComposerPrimitive.Root>
        </ThreadPrimitive.Root>
      </AssistantRuntimeProvider>
    </Profiler>
  );
}
