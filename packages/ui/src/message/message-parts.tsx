import { useMessages } from '@agent-chat/react';
import type { UIMessage } from 'ai';
import * as React from 'react';
import { Markdown } from '../markdown/markdown.tsx';
import { DataPart } from './data-part.tsx';
import { FilePart } from './file-part.tsx';
import { LazyReasoningPart } from './lazy-parts.tsx';
import { type MessageActionsValue, useMessageActions } from './message-context.tsx';
import { MessageTool } from './message-tool.tsx';
import { type PartRegistry, usePartRegistries } from './part-registry.tsx';
import { SourceList, type SourcePartValue } from './source-part.tsx';
import type { ToolPartValue } from './tool-name.ts';
import type { MessagePart, ToolApprovalResponse } from './types.ts';

/** Props of `MessageParts`. */
export interface MessagePartsProps {
  message: UIMessage;
  streaming: boolean;
  onToolApproval?: ((response: ToolApprovalResponse) => void) | undefined;
}

function isSource(part: MessagePart): part is SourcePartValue {
  return part.type === 'source-url' || part.type === 'source-document';
}

/**
 * Renders every part of a message with its renderer (a part without its own `state` counts as
 * streaming when it is the last part of a streaming message); consecutive sources are grouped into one list, step boundaries and provider-specific parts render nothing.
 */
export function MessageParts({ message, streaming, onToolApproval }: MessagePartsProps) {
  const thread = useMessageActions();
  const t = useMessages();
  const { parts: registry } = usePartRegistries();
  const actions = onToolApproval ? { ...thread, onToolApproval } : thread;
  const nodes: React.ReactNode[] = [];
  const parts = message.parts;
  let step = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (isSource(part)) {
      const run: SourcePartValue[] = [part];
      while (index + 1 < parts.length && isSource(parts[index + 1]!))
        run.push(parts[++index] as SourcePartValue);
      nodes.push(<SourceList key={`sources-${index}`} sources={run} />);
      continue;
    }
    if (part.type === 'step-start') {
      // Multi-step replies (a tool call, then an answer): a quiet divider between the steps.
      step++;
      if (step > 1) {
        nodes.push(
          <hr
            key={`step-${index}`}
            aria-label={t.step(step)}
            data-slot="message-step"
            className="border-0 border-t border-dashed border-border"
          />,
        );
      }
      continue;
    }
    const partStreaming = streaming && index === parts.length - 1;
    const Registered = registeredComponent(registry, part);
    nodes.push(
      <React.Fragment key={index}>
        {Registered ? (
          <Registered part={part} message={message} streaming={partStreaming} />
        ) : (
          renderPart(part, { message, actions, streaming: partStreaming })
        )}
      </React.Fragment>,
    );
  }
  return nodes;
}

/** The app's component for this part's type, if it registered one (a tool's own UI is separate). */
function registeredComponent(registry: PartRegistry, part: MessagePart) {
  return registry[part.type];
}

function renderPart(
  part: MessagePart,
  context: { message: UIMessage; streaming: boolean; actions: MessageActionsValue },
): React.ReactNode {
  switch (part.type) {
    case 'text':
      return (
        <Markdown
          data-slot="message-text"
          streaming={part.state === 'streaming' || (part.state === undefined && context.streaming)}
        >
          {part.text}
        </Markdown>
      );
    case 'reasoning':
      return <LazyReasoningPart part={part} streaming={context.streaming} />;
    case 'dynamic-tool':
      return <MessageTool part={part} message={context.message} actions={context.actions} />;
    case 'file':
      return <FilePart part={part} />;
    case 'source-url':
    case 'source-document':
      return null; // grouped by MessageParts
    case 'step-start':
    case 'custom':
    case 'reasoning-file':
      return null;
    case 'steering-message':
      return (
        <div
          data-slot="steering-message"
          className="border-s-2 border-border ps-3 text-sm text-muted-foreground"
        >
          {part.parts.map((inner, i) =>
            inner.type === 'text' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the steering message's parts never reorder
              <p key={i} data-slot="steering-message-text">
                {inner.text}
              </p>
            ) : null,
          )}
        </div>
      );
    default:
      if (part.type.startsWith('tool-')) {
        return (
          <MessageTool part={part as ToolPartValue} message={context.message} actions={context.actions} />
        );
      }
      // Follow-up questions are offered as chips under the thread, not drawn in the reply.
      if (part.type === 'data-suggestions') return null;
      if (part.type.startsWith('data-')) {
        return <DataPart part={part as Parameters<typeof DataPart>[0]['part']} message={context.message} />;
      }
      return null;
  }
}
