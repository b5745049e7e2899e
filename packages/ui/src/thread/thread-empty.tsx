import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';

/** A suggested first message: plain text, or a short label that sends a longer prompt. */
export type ThreadSuggestion = string | { label: string; prompt: string };

/** Props of `ThreadEmpty`. */
export interface ThreadEmptyProps extends Omit<React.ComponentProps<'div'>, 'title'> {
  title?: React.ReactNode;
  description?: React.ReactNode;
  suggestions?: readonly ThreadSuggestion[] | undefined;
  /** Called with the suggestion's prompt when one is chosen. */
  onSuggestion?: ((prompt: string) => void) | undefined;
}

/**
 * What a new thread shows before the first message: a greeting and suggestion buttons that send
 * their prompt.
 * @example <ThreadEmpty suggestions={['Summarise the Q3 report']} onSuggestion={(text) => send({ text })} />
 */
export function ThreadEmpty({
  title,
  description,
  suggestions = [],
  onSuggestion,
  className,
  ...props
}: ThreadEmptyProps) {
  const t = useMessages();
  return (
    <div
      data-slot="thread-empty"
      className={cn(
        'mx-auto flex h-full w-full max-w-3xl flex-col items-center justify-center gap-4 p-6 text-center',
        className,
      )}
      {...props}
    >
      <h2 data-slot="thread-empty-title" className="text-xl font-semibold text-foreground">
        {title ?? t.emptyTitle}
      </h2>
      {description ? (
        <p data-slot="thread-empty-description" className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {suggestions.length > 0 ? (
        <ul
          data-slot="thread-suggestions"
          aria-label={t.suggestions}
          className="grid w-full gap-2 sm:grid-cols-2"
        >
          {suggestions.map((suggestion) => {
            const { label, prompt } =
              typeof suggestion === 'string' ? { label: suggestion, prompt: suggestion } : suggestion;
            return (
              <li key={label} data-slot="thread-suggestion-item">
                <button
                  type="button"
                  data-slot="thread-suggestion"
                  onClick={() => onSuggestion?.(prompt)}
                  className="w-full rounded-bubble border border-border bg-background px-4 py-3 text-start text-sm text-foreground hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
                >
                  {label}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
