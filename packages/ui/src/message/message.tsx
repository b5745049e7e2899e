import { useMessages } from '@agent-chat/react';
import type { UIMessage } from 'ai';
import { cva } from 'class-variance-authority';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import { useStableCallbacks } from '../message-list/use-stable-callbacks.ts';
import { BranchPicker } from './branch-picker.tsx';
import { type DataPartRegistry, DataPartRegistryProvider } from './data-part-registry.tsx';
import { FeedbackButtons } from './feedback-buttons.tsx';
import { MessageActions } from './message-actions.tsx';
import { MessageProvider, useMessageActions } from './message-context.tsx';
import { MessageEdit } from './message-edit.tsx';
import { MessageParts } from './message-parts.tsx';
import { MessageRowProvider, ROW_TARGET_ATTRIBUTE, useMessageRow } from './message-row.tsx';
import { InterruptedNotice, MessageError, StreamingIndicator } from './message-status.tsx';
import { messageText } from './message-text.ts';
import type { MessageCallbacks, MessageStatus } from './types.ts';

/** Props of `Message`. */
export interface MessageProps extends Omit<React.ComponentProps<'article'>, 'children'>, MessageCallbacks {
  message: UIMessage;
  /** Defaults to `complete`. Only the newest message is usually anything else. */
  status?: MessageStatus;
  /** The error shown when `status` is `error`. */
  error?: Error | string | undefined;
  /** Components for `data-*` parts, added to any `DataPartRegistryProvider` above. */
  dataParts?: DataPartRegistry | undefined;
  /** Hide the copy / regenerate / edit row. */
  hideActions?: boolean;
}

/** Layout of a message row by role: user bubbles sit at the end side, assistant replies take the full width. */
export const messageVariants = cva('group/message flex w-full min-w-0 flex-col gap-2', {
  variants: {
    role: {
      user: 'items-end',
      assistant: 'items-stretch',
      system: 'items-center',
    },
  },
  defaultVariants: { role: 'assistant' },
});

/** Look of a message's content box by role. */
export const messageContentVariants = cva('flex min-w-0 flex-col gap-3', {
  variants: {
    role: {
      user: 'max-w-[85%] rounded-bubble bg-bubble-user px-4 py-2.5 text-bubble-user-foreground [&_[data-slot=markdown-link]]:text-bubble-user-foreground [&_[data-slot=markdown-inline-code]]:bg-black/20 [&_[data-slot=markdown-inline-code]]:text-bubble-user-foreground',
      assistant: 'w-full text-foreground',
      system: 'max-w-[85%] rounded-bubble bg-muted px-4 py-2 text-sm text-muted-foreground',
    },
  },
  defaultVariants: { role: 'assistant' },
});

/** Focus ring of a message that is a row of a `MessageList` (drawn outside its content). */
export const messageRowFocusClass =
  'rounded-sm outline-offset-4 focus-visible:outline-2 focus-visible:outline-ring';

function MessageView({
  message,
  status = 'complete',
  error,
  dataParts,
  hideActions = false,
  onRegenerate,
  onEdit,
  onRetry,
  onResume,
  onToolApproval,
  onCopied,
  onToolOutput,
  onFeedback: ownOnFeedback,
  onSwitchBranch: ownOnSwitchBranch,
  className,
  ...props
}: MessageProps) {
  const thread = useMessageActions();
  const t = useMessages();
  const row = useMessageRow();
  const positionId = React.useId();
  // The message's own callbacks win over the thread's.
  const ownCallbacks = useStableCallbacks({
    onRegenerate,
    onEdit,
    onRetry,
    onResume,
    onToolApproval,
    onCopied,
    onToolOutput,
    onFeedback: ownOnFeedback,
    onSwitchBranch: ownOnSwitchBranch,
  });
  const actions = React.useMemo(() => ({ ...thread, ...ownCallbacks }), [thread, ownCallbacks]);
  const [editing, setEditing] = React.useState(false);
  const editButtonFocus = React.useRef(false);
  const root = React.useRef<HTMLElement>(null);
  const role = message.role;
  const streaming = status === 'streaming';
  const text = messageText(message);
  const empty = message.parts.every((part) => part.type === 'step-start');
  const branch = actions.branchOf?.(message.id);
  const branches = actions.branches !== false;

  React.useEffect(() => {
    // After closing the editor, give focus back to the Edit button so keyboard users stay in place.
    if (!editing && editButtonFocus.current) {
      editButtonFocus.current = false;
      root.current?.querySelector<HTMLElement>('[data-slot="message-edit-button"]')?.focus();
    }
  }, [editing]);

  const closeEditor = () => {
    editButtonFocus.current = true;
    setEditing(false);
  };

  let content: React.ReactNode;
  if (editing && actions.onEdit) {
    const save = actions.onEdit;
    content = (
      <MessageEdit
        initialText={text}
        className="max-w-[85%]"
        saveLabel={branches ? undefined : t.sendAsNewMessage}
        onCancel={closeEditor}
        onSave={(edited) => {
          closeEditor();
          save(message.id, edited);
        }}
      />
    );
  } else if (!empty) {
    content = (
      <div data-slot="message-content" className={messageContentVariants({ role })}>
        <MessageParts message={message} streaming={streaming} onToolApproval={onToolApproval} />
      </div>
    );
  }

  const { onSwitchBranch, onFeedback } = actions;
  const picker =
    branch && branch.count > 1 && onSwitchBranch ? (
      <BranchPicker
        index={branch.index}
        count={branch.count}
        disabled={streaming || actions.busy === true}
        onSelect={(index) => {
          const target = branch.siblings[index];
          if (target !== undefined) onSwitchBranch(target);
        }}
      />
    ) : null;
  const feedback =
    role === 'assistant' && onFeedback && !empty ? (
      <FeedbackButtons
        messageId={message.id}
        rating={actions.feedback?.[message.id]}
        onFeedback={onFeedback}
      />
    ) : null;

  const context = React.useMemo(
    () => ({ message, status, error, actions, editing, setEditing }),
    [message, status, error, actions, editing],
  );
  const body = (
    <MessageProvider value={context}>
      <article
        ref={root}
        data-slot="message"
        data-role={role}
        data-state={status}
        aria-label={t.messageLabel(role)}
        aria-busy={streaming || undefined}
        // In a list the message is a row of its roving tab order: one row is tabbable, it says
        // where it sits, and the list moves focus between rows (see message-list/use-roving-rows.ts).
        {...(row
          ? {
              [ROW_TARGET_ATTRIBUTE]: '',
              tabIndex: row.active ? 0 : -1,
              'aria-posinset': row.position,
              'aria-setsize': row.total,
              'aria-describedby': positionId,
            }
          : undefined)}
        className={cn(messageVariants({ role }), row && messageRowFocusClass, className)}
        {...props}
      >
        {row ? (
          <span id={positionId} hidden>
            {t.messagePosition(row.position, row.total)}
          </span>
        ) : null}
        {content}
        {streaming && (empty || role === 'assistant') ? <StreamingIndicator /> : null}
        {status === 'interrupted' ? (
          <InterruptedNotice onResume={actions.onResume} onRetry={actions.onRetry} />
        ) : null}
        {status === 'error' ? <MessageError error={error} onRetry={actions.onRetry} /> : null}
        {!hideActions && !editing && !streaming && role !== 'system' ? (
          <MessageActions
            text={text}
            busy={streaming}
            branches={branches}
            onCopied={actions.onCopied ? () => actions.onCopied?.(message.id, text) : undefined}
            onRegenerate={
              role === 'assistant' && actions.onRegenerate
                ? () => actions.onRegenerate?.(message.id)
                : undefined
            }
            onEdit={role === 'user' && actions.onEdit ? () => setEditing(true) : undefined}
          >
            {picker}
            {feedback}
          </MessageActions>
        ) : (
          picker
        )}
      </article>
    </MessageProvider>
  );
  // A message nested in this one (a team member's answer, say) is not a row of the list.
  const own = <MessageRowProvider value={null}>{body}</MessageRowProvider>;
  return dataParts ? <DataPartRegistryProvider registry={dataParts}>{own}</DataPartRegistryProvider> : own;
}

/**
 * Re-render only when something visible changed: the message object (the hooks keep its
 * identity until it changes), its status or error, or another prop. Callbacks compare by
 * presence, so inline arrow functions do not re-render every row; pass callbacks that read
 * current state (the hooks' functions do).
 */
function propsEqual(previous: MessageProps, next: MessageProps): boolean {
  if (previous.message !== next.message || previous.status !== next.status || previous.error !== next.error) {
    return false;
  }
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  for (const key of keys) {
    const a = (previous as unknown as Record<string, unknown>)[key];
    const b = (next as unknown as Record<string, unknown>)[key];
    if (typeof a === 'function' || typeof b === 'function') {
      if (typeof a !== typeof b) return false;
    } else if (!Object.is(a, b)) {
      return false;
    }
  }
  return true;
}

/**
 * One chat message with a renderer for every part type (text as markdown, reasoning, tool
 * calls with approval, sources, files, `data-*` parts through the registry), its actions
 * (copy, regenerate, edit and resend) and its status (streaming, interrupted, error).
 * @example <Message message={m} status={isLast ? 'streaming' : 'complete'} onRegenerate={regenerate} />
 */
export const Message = React.memo(MessageView, propsEqual);
