import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { PaperclipIcon } from '../lib/icons.tsx';
import { useComposerContext } from './composer-context.tsx';

/** "Attach files": opens the system file picker (the keyboard path to attachments). Must sit inside <Composer>. */
export function ComposerAttachButton({ className, onClick, ...props }: React.ComponentProps<'button'>) {
  const { attachments, openFilePicker, disabled } = useComposerContext('ComposerAttachButton');
  if (!attachments) return null;
  return (
    <button
      type="button"
      data-slot="composer-attach"
      aria-label="Attach files"
      disabled={disabled}
      className={cn(
        'inline-flex size-9 shrink-0 items-center justify-center rounded-full text-muted-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-ring disabled:opacity-50',
        className,
      )}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) openFilePicker();
      }}
      {...props}
    >
      <PaperclipIcon />
    </button>
  );
}
