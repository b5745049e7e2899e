import { useMessages } from '@agent-chat/react';
import { AlertDialog } from 'radix-ui';
import * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { TrashIcon } from '../lib/icons.tsx';
import { usePortalContainer } from '../lib/portal-container.tsx';

/** Props of `ConversationDeleteDialog`. */
export interface ConversationDeleteDialogProps {
  name: string;
  /** Deletes the conversation; a rejection keeps the dialog open and shows the error. */
  onConfirm(): Promise<void>;
  className?: string;
}

/**
 * A trash button that asks before deleting a conversation (Radix AlertDialog: focus starts on
 * Cancel, Escape cancels).
 * @example <ConversationDeleteDialog name={c.name} onConfirm={() => remove(c.id)} />
 */
export function ConversationDeleteDialog({ name, onConfirm, className }: ConversationDeleteDialogProps) {
  const t = useMessages();
  const [open, setOpen] = React.useState(false);
  const container = usePortalContainer();
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setError(undefined);
      }}
    >
      <AlertDialog.Trigger asChild>
        <Button
          variant="ghost"
          size="icon"
          data-slot="conversation-delete"
          aria-label={t.deleteConversation(name)}
          title={t.delete}
          className={cn('size-7 hover:text-destructive', className)}
        >
          <TrashIcon />
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal container={container}>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <AlertDialog.Content
          data-slot="conversation-delete-dialog"
          className="fixed top-1/2 left-1/2 z-50 grid w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 gap-3 rounded-lg border border-border bg-background p-5 text-foreground shadow-lg"
        >
          <AlertDialog.Title className="text-base font-semibold">
            {t.deleteConversationTitle(name)}
          </AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted-foreground">
            {t.deleteConversationDescription}
          </AlertDialog.Description>
          {error ? (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <div className="mt-2 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="outline">{t.cancel}</Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action
              asChild
              disabled={pending}
              onClick={(event) => {
                // Close only once the delete succeeded, so a failure can be read and retried.
                event.preventDefault();
                setPending(true);
                onConfirm().then(
                  () => {
                    setPending(false);
                    setOpen(false);
                  },
                  (reason: unknown) => {
                    setPending(false);
                    setError(t.deleteFailed(reason instanceof Error ? reason.message : String(reason)));
                  },
                );
              }}
            >
              <Button variant="destructive">{pending ? t.deleting : t.delete}</Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
