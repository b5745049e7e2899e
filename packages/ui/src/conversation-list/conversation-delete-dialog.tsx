import { AlertDialog } from 'radix-ui';
import * as React from 'react';
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
        <button
          type="button"
          data-slot="conversation-delete"
          aria-label={`Delete ${name}`}
          title="Delete"
          className={cn(
            'inline-flex size-7 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-destructive focus-visible:outline-2 focus-visible:outline-ring',
            className,
          )}
        >
          <TrashIcon />
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal container={container}>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <AlertDialog.Content
          data-slot="conversation-delete-dialog"
          className="fixed top-1/2 left-1/2 z-50 grid w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 gap-3 rounded-lg border border-border bg-background p-5 text-foreground shadow-lg"
        >
          <AlertDialog.Title className="text-base font-semibold">Delete “{name}”?</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted-foreground">
            The conversation and its messages will be removed. This cannot be undone.
          </AlertDialog.Description>
          {error ? (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          ) : null}
          <div className="mt-2 flex justify-end gap-2">
            <AlertDialog.Cancel className="inline-flex h-9 items-center rounded-md border border-border px-3 text-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring">
              Cancel
            </AlertDialog.Cancel>
            <AlertDialog.Action
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
                    setError(
                      `Could not delete: ${reason instanceof Error ? reason.message : String(reason)}`,
                    );
                  },
                );
              }}
              className="inline-flex h-9 items-center rounded-md bg-destructive px-3 text-sm font-medium text-destructive-foreground hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:opacity-50"
            >
              {pending ? 'Deleting…' : 'Delete'}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
