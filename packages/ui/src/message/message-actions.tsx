import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { CopyButton } from '../lib/copy-button.tsx';
import { PencilIcon, RefreshIcon } from '../lib/icons.tsx';
import { ReadAloudButton } from './read-aloud-button.tsx';

/** Style of the small icon buttons under a message. */
export const messageActionClass =
  'inline-flex size-7 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-ring disabled:pointer-events-none disabled:opacity-50';

/** Props of `MessageActions`. */
export interface MessageActionsProps extends React.ComponentProps<'div'> {
  /** Text the copy button puts on the clipboard; no copy button when empty. */
  text: string;
  onCopied?: (() => void) | undefined;
  onRegenerate?: (() => void) | undefined;
  onEdit?: (() => void) | undefined;
  /** Disable regenerate and edit (e.g. while a reply streams). */
  busy?: boolean;
  /**
   * Edits and regenerations make branches the server follows (default). When false they are sent
   * as new turns, and the buttons say so.
   */
  branches?: boolean | undefined;
}

/**
 * The row of actions under a message: copy, regenerate (assistant), edit (user). Every button
 * is a real button with an accessible name, reachable with Tab.
 */
export function MessageActions({
  text,
  onCopied,
  onRegenerate,
  onEdit,
  busy = false,
  branches = true,
  className,
  children,
  ...props
}: MessageActionsProps) {
  const t = useMessages();
  if (!text && !onRegenerate && !onEdit && !children) return null;
  const regenerateLabel = branches ? t.regenerateReply : t.askAgainAsNewMessage;
  return (
    <div data-slot="message-actions" className={cn('flex items-center gap-0.5', className)} {...props}>
      {text ? (
        <CopyButton
          value={text}
          label={t.copyMessage}
          className={messageActionClass}
          onClick={() => onCopied?.()}
        />
      ) : null}
      {text ? <ReadAloudButton text={text} className={messageActionClass} /> : null}
      {onEdit ? (
        <button
          type="button"
          data-slot="message-edit-button"
          aria-label={t.editMessage}
          title={t.editMessage}
          disabled={busy}
          className={messageActionClass}
          onClick={onEdit}
        >
          <PencilIcon />
        </button>
      ) : null}
      {onRegenerate ? (
        <button
          type="button"
          data-slot="message-regenerate"
          aria-label={regenerateLabel}
          title={regenerateLabel}
          disabled={busy}
          className={messageActionClass}
          onClick={onRegenerate}
        >
          <RefreshIcon />
        </button>
      ) : null}
      {children}
    </div>
  );
}
