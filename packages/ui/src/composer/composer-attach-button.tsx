import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { useComposerContext } from './composer-context.tsx';

function PaperclipIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="m21.4 11.1-9.2 9.2a6 6 0 0 1-8.5-8.5l8.6-8.6a4 4 0 0 1 5.7 5.7l-8.6 8.6a2 2 0 0 1-2.8-2.8l8.5-8.5" />
    </svg>
  );
}

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
