import { useMessages } from '@agent-chat/react';
import type { UIMessage } from 'ai';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';

/**
 * The follow-up questions a reply offers: the `data` of its last `data-suggestions` part,
 * `{ suggestions: string[] }` (a bare string array is read too).
 */
export function followUpsOf(message: UIMessage | undefined): string[] {
  if (message?.role !== 'assistant') return [];
  const part = message.parts.findLast((candidate) => candidate.type === 'data-suggestions');
  if (!part || !('data' in part)) return [];
  const data = part.data as unknown;
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' &&
        data !== null &&
        Array.isArray((data as { suggestions?: unknown }).suggestions)
      ? (data as { suggestions: unknown[] }).suggestions
      : [];
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').slice(0, 6);
}

/** Props of `FollowUpSuggestions`. */
export interface FollowUpSuggestionsProps extends Omit<React.ComponentProps<'ul'>, 'onSelect'> {
  suggestions: readonly string[];
  /** Called with the chosen question (send it). */
  onSelect(text: string): void;
}

/**
 * Chips with suggested next questions under the last reply; choosing one sends it.
 * @example <FollowUpSuggestions suggestions={followUpsOf(lastReply)} onSelect={(text) => send({ text })} />
 */
export function FollowUpSuggestions({
  suggestions,
  onSelect,
  className,
  ...props
}: FollowUpSuggestionsProps) {
  const t = useMessages();
  if (suggestions.length === 0) return null;
  return (
    <ul
      data-slot="follow-ups"
      aria-label={t.followUps}
      className={cn('flex flex-wrap gap-2', className)}
      {...props}
    >
      {suggestions.map((text) => (
        <li key={text}>
          <button
            type="button"
            data-slot="follow-up"
            className="rounded-full border border-border bg-background px-3 py-1 text-sm text-foreground hover:bg-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
            onClick={() => onSelect(text)}
          >
            {text}
          </button>
        </li>
      ))}
    </ul>
  );
}
