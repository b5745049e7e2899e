import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { PaperclipIcon } from '../lib/icons.tsx';
import { useComposerContext } from './composer-context.tsx';

/** "Attach files": opens the system file picker (the keyboard path to attachments). Must sit inside <Composer>. */
export function ComposerAttachButton({ className, onClick, ...props }: React.ComponentProps<'button'>) {
  const { attachments, openFilePicker, disabled } = useComposerContext('ComposerAttachButton');
  const t = useMessages();
  if (!attachments) return null;
  return (
    <Button
      variant="ghost"
      size="icon"
      data-slot="composer-attach"
      aria-label={t.attachFiles}
      disabled={disabled}
      className={cn('rounded-full', className)}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) openFilePicker();
      }}
      {...props}
    >
      <PaperclipIcon />
    </Button>
  );
}
