import { useMessages } from '@agent-chat/react';
import type { ReasoningUIPart } from 'ai';
import { Collapsible } from 'radix-ui';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import { BrainIcon, ChevronRightIcon } from '../lib/icons.tsx';
import { Markdown } from '../markdown/markdown.tsx';
import { useAutoOpen } from './use-auto-open.ts';

/** Props of `ReasoningPart`. */
export interface ReasoningPartProps extends Omit<React.ComponentProps<'div'>, 'dir' | 'part'> {
  part: ReasoningUIPart;
  /** The message is still streaming (a reasoning part without `state` counts as streaming then). */
  streaming?: boolean;
}

/** Seconds spent thinking, when the part was watched from start to end. */
function useThinkingSeconds(thinking: boolean): number | undefined {
  const startedAt = React.useRef<number | undefined>(undefined);
  const [seconds, setSeconds] = React.useState<number | undefined>(undefined);
  if (thinking && startedAt.current === undefined) startedAt.current = Date.now();
  React.useEffect(() => {
    if (!thinking && startedAt.current !== undefined && seconds === undefined) {
      setSeconds(Math.max(1, Math.round((Date.now() - startedAt.current) / 1000)));
    }
  }, [thinking, seconds]);
  return seconds;
}

/**
 * The model's reasoning, collapsible: open and labelled "Thinking…" while it streams, then
 * collapsed to "Thought for N seconds" (or "a few seconds" when loaded from history).
 * @example <ReasoningPart part={part} streaming={status === 'streaming'} />
 */
export function ReasoningPart({ part, streaming = false, className, ...props }: ReasoningPartProps) {
  const thinking = part.state === 'streaming' || (part.state === undefined && streaming);
  const [open, setOpen] = useAutoOpen(thinking);
  const seconds = useThinkingSeconds(thinking);
  const t = useMessages();
  const label = thinking
    ? t.thinking
    : seconds === undefined
      ? t.thoughtForAFewSeconds
      : t.thoughtForSeconds(seconds);
  return (
    <Collapsible.Root
      open={open}
      onOpenChange={setOpen}
      data-slot="reasoning"
      data-thinking={thinking ? 'true' : 'false'}
      className={cn('text-muted-foreground', className)}
      {...props}
    >
      <Collapsible.Trigger
        data-slot="reasoning-trigger"
        className="group inline-flex items-center gap-1.5 rounded-md py-1 text-sm hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring"
      >
        <BrainIcon className={cn(thinking && 'animate-pulse')} />
        <span data-slot="reasoning-label">{label}</span>
        <ChevronRightIcon className="transition-transform group-data-[state=open]:rotate-90 rtl:group-data-[state=closed]:-scale-x-100" />
      </Collapsible.Trigger>
      <Collapsible.Content
        data-slot="reasoning-content"
        className="mt-1 border-s-2 border-border ps-3 text-sm text-muted-foreground"
      >
        <Markdown streaming={thinking}>{part.text}</Markdown>
      </Collapsible.Content>
    </Collapsible.Root>
  );
}
