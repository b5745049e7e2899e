import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { ArrowDownIcon } from '../lib/icons.tsx';

/** Props of `JumpToLatest`. */
export interface JumpToLatestProps extends React.ComponentProps<'button'> {
  /** Messages that arrived since the user scrolled away. */
  newCount: number;
}

/**
 * Floating "Jump to latest" button shown while the user reads older messages, with the number
 * of messages that arrived meanwhile.
 * @example <JumpToLatest newCount={3} onClick={() => scrollToBottom()} />
 */
export function JumpToLatest({ newCount, className, ...props }: JumpToLatestProps) {
  const t = useMessages();
  return (
    <button
      type="button"
      data-slot="jump-to-latest"
      data-state={newCount > 0 ? 'new' : 'idle'}
      className={cn(
        'inline-flex h-8 items-center gap-1.5 rounded-full border border-border bg-background px-3 text-sm font-medium text-foreground shadow-md hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring',
        className,
      )}
      {...props}
    >
      <ArrowDownIcon />
      {t.jumpToLatest}
      {newCount > 0 ? (
        <span
          data-slot="jump-to-latest-count"
          className="rounded-full bg-primary px-1.5 text-xs text-primary-foreground"
        >
          {t.newMessages(newCount)}
        </span>
      ) : null}
    </button>
  );
}
