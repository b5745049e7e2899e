import type { Conversation } from '@agent-chat/client';
import { useMessages } from '@agent-chat/react';
import * as React from 'react';
import { Button, focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { PencilIcon } from '../lib/icons.tsx';
import { ConversationDeleteDialog } from './conversation-delete-dialog.tsx';
import { badgeText } from './unread-counts.ts';

/** Props of `ConversationListItem`. */
export interface ConversationListItemProps extends Omit<React.ComponentProps<'li'>, 'onSelect'> {
  conversation: Conversation;
  selected: boolean;
  unread: number;
  onSelect(conversation: Conversation): void;
  /** Renames; absent when the backend cannot. A rejection is shown under the item. */
  onRename?: (name: string) => Promise<void>;
  /** Deletes; absent when the backend cannot. */
  onDelete?: () => Promise<void>;
}

/**
 * One conversation in the sidebar: a button that selects it (`aria-current`), an unread badge,
 * inline rename (Enter saves, Escape cancels) and delete with a confirmation.
 */
export function ConversationListItem({
  conversation,
  selected,
  unread,
  onSelect,
  onRename,
  onDelete,
  className,
  ...props
}: ConversationListItemProps) {
  const [editing, setEditing] = React.useState(false);
  const [draft, setDraft] = React.useState(conversation.name);
  const [error, setError] = React.useState<string | undefined>();
  const selectButton = React.useRef<HTMLButtonElement>(null);
  const errorId = React.useId();
  const t = useMessages();
  const title = conversation.name || t.untitledConversation;

  // Escape and Enter unmount the input, and some browsers then fire its blur too: act once.
  const open = React.useRef(false);
  const startEditing = () => {
    open.current = true;
    setDraft(conversation.name);
    setEditing(true);
  };
  const finish = (save: boolean) => {
    if (!open.current) return;
    open.current = false;
    setEditing(false);
    // Back to the item, as after a dialog: the input the focus was in is gone.
    requestAnimationFrame(() => selectButton.current?.focus());
    const name = draft.trim();
    if (!save || !onRename || name === '' || name === conversation.name) return;
    setError(undefined);
    onRename(name).catch((reason: unknown) => {
      setError(t.renameFailed(reason instanceof Error ? reason.message : String(reason)));
    });
  };

  return (
    <li
      data-slot="conversation-list-item"
      data-conversation-id={conversation.id}
      data-state={selected ? 'selected' : 'idle'}
      className={cn('group/item grid gap-1', className)}
      {...props}
    >
      <div
        className={cn(
          'flex items-center gap-1 rounded-md pe-1 hover:bg-accent hover:text-accent-foreground',
          selected && 'bg-accent text-accent-foreground',
        )}
      >
        {editing ? (
          <form
            className="flex-1 p-1"
            onSubmit={(event) => {
              event.preventDefault();
              finish(true);
            }}
          >
            <input
              // biome-ignore lint/a11y/noAutofocus: the user asked to rename this item; typing must start here.
              autoFocus
              aria-label={t.conversationName}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onFocus={(event) => event.currentTarget.select()}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  finish(false);
                }
              }}
              onBlur={() => finish(true)}
              className={cn(
                'h-8 w-full rounded-md border border-input bg-background px-2 text-sm',
                focusRing,
              )}
            />
          </form>
        ) : (
          <button
            ref={selectButton}
            type="button"
            data-slot="conversation-select"
            aria-current={selected ? 'page' : undefined}
            aria-describedby={error ? errorId : undefined}
            onClick={() => onSelect(conversation)}
            onKeyDown={(event) => {
              if (event.key === 'F2' && onRename) {
                event.preventDefault();
                startEditing();
              }
            }}
            // A row, not a button to look at: only the shared focus ring.
            className={cn(
              'flex min-w-0 flex-1 items-center gap-2 rounded-md px-2 py-2 text-start text-sm',
              focusRing,
            )}
          >
            <span className={cn('truncate', unread > 0 && 'font-semibold')}>{title}</span>
            {unread > 0 ? (
              <span
                data-slot="conversation-unread"
                className="ms-auto inline-flex min-w-5 items-center justify-center rounded-full bg-primary px-1.5 text-xs font-medium text-primary-foreground tabular-nums"
              >
                <span aria-hidden="true">{badgeText(unread)}</span>
                <span className="sr-only">, {t.unread(unread)}</span>
              </span>
            ) : null}
          </button>
        )}
        {!editing && onRename ? (
          <Button
            variant="ghost"
            size="icon"
            data-slot="conversation-rename"
            aria-label={t.renameConversation(title)}
            title={t.rename}
            onClick={startEditing}
            // The row is already accent-coloured on hover: the icon lifts to the page background.
            className="size-7 hover:bg-background hover:text-muted-foreground"
          >
            <PencilIcon />
          </Button>
        ) : null}
        {!editing && onDelete ? <ConversationDeleteDialog name={title} onConfirm={onDelete} /> : null}
      </div>
      {error ? (
        <p id={errorId} role="alert" data-slot="conversation-error" className="px-2 text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </li>
  );
}
