import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { ArrowUpIcon, StopIcon } from '../lib/icons.tsx';
import { useComposerContext } from './composer-context.tsx';

/**
 * Send button that turns into Stop while a reply streams. When attachments block sending it
 * stays focusable with `aria-disabled` and points at the reason. Must sit inside <Composer>.
 */
export function ComposerSubmit({ className, onClick, ...props }: React.ComponentProps<'button'>) {
  const { isBusy, canSend, blockReason, blockReasonId, stop, disabled } =
    useComposerContext('ComposerSubmit');
  const t = useMessages();
  const inactive = !isBusy && !canSend;
  return (
    <Button
      size="icon"
      type={isBusy ? 'button' : 'submit'}
      data-slot="composer-submit"
      data-state={isBusy ? 'streaming' : 'idle'}
      aria-label={isBusy ? t.stop : t.send}
      aria-disabled={inactive || undefined}
      aria-describedby={!isBusy && blockReason ? blockReasonId : undefined}
      disabled={disabled}
      className={cn('rounded-full aria-disabled:cursor-not-allowed aria-disabled:opacity-50', className)}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        if (isBusy) stop();
        else if (inactive) event.preventDefault();
      }}
      {...props}
    >
      {isBusy ? <StopIcon /> : <ArrowUpIcon />}
    </Button>
  );
}
