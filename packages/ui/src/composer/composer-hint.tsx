import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { useComposerContext } from './composer-context.tsx';

/** Says why Send is blocked (attachments processing or failed); empty otherwise. Must sit inside <Composer>. */
export function ComposerHint({ className, ...props }: React.ComponentProps<'p'>) {
  const { blockReason, blockReasonId } = useComposerContext('ComposerHint');
  return (
    <p
      id={blockReasonId}
      data-slot="composer-hint"
      data-state={blockReason ? 'blocked' : 'idle'}
      className={cn('truncate text-xs text-muted-foreground', className)}
      {...props}
    >
      {blockReason}
    </p>
  );
}
