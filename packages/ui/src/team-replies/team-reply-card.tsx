import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { Markdown } from '../markdown/markdown.tsx';

/** Props of `TeamReplyCard`. */
export interface TeamReplyCardProps extends Omit<React.ComponentProps<'article'>, 'children'> {
  /** The agent's name, or "Summary". */
  title: string;
  /** Markdown content. */
  content: string;
  variant?: 'agent' | 'summary';
}

/** One agent's answer (or the team's summary) as a card with a heading and markdown. */
export function TeamReplyCard({
  title,
  content,
  variant = 'agent',
  className,
  ...props
}: TeamReplyCardProps) {
  return (
    <article
      data-slot="team-reply-card"
      data-variant={variant}
      aria-label={title}
      className={cn(
        'grid min-w-0 content-start gap-2 rounded-lg border border-border bg-card p-4 text-card-foreground',
        variant === 'summary' && 'border-primary/40 bg-accent text-accent-foreground',
        className,
      )}
      {...props}
    >
      <h3 className="text-sm font-semibold">{title}</h3>
      <Markdown>{content}</Markdown>
    </article>
  );
}
