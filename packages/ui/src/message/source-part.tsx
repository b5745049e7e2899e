import { useMessages } from '@agent-chat/react';
import type { SourceDocumentUIPart, SourceUrlUIPart } from 'ai';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { FileIcon } from '../lib/icons.tsx';
import { useReferenceTable } from '../markdown/decode-references.ts';
import { isExternalUrl, sanitizeLinkUrl } from '../markdown/sanitize-url.ts';

/** A source the reply drew on: a URL or a document. */
export type SourcePartValue = SourceUrlUIPart | SourceDocumentUIPart;

/** Props of `SourceList`. */
export interface SourceListProps extends React.ComponentProps<'ul'> {
  sources: SourcePartValue[];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The sources of a reply as a compact list: URLs as links (title or host name), documents as
 * labelled items with their title, file name and type.
 * @example <SourceList sources={parts.filter(isSourcePart)} />
 */
export function SourceList({ sources, className, ...props }: SourceListProps) {
  const t = useMessages();
  return (
    <ul
      data-slot="source-list"
      aria-label={t.sources}
      className={cn('flex flex-wrap gap-2 text-xs', className)}
      {...props}
    >
      {sources.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: source ids may repeat; position disambiguates
        <li key={`${source.sourceId}-${index}`} data-slot="source" data-source-type={source.type}>
          <SourcePart part={source} number={index + 1} />
        </li>
      ))}
    </ul>
  );
}

const chipClass =
  'inline-flex max-w-64 items-center gap-1.5 rounded-full border border-border bg-background px-2.5 py-1 text-foreground';

/** One source: a link for `source-url` (plain text when the URL is unsafe), a labelled item for `source-document`. */
export function SourcePart({ part, number }: { part: SourcePartValue; number?: number }) {
  const badge =
    number === undefined ? null : (
      <span data-slot="source-number" className="font-medium text-muted-foreground" aria-hidden="true">
        {number}
      </span>
    );
  let unresolved = false;
  const href =
    part.type === 'source-url'
      ? sanitizeLinkUrl(part.url, () => {
          unresolved = true;
        })
      : undefined;
  // A URL with a name only the complete table of references decodes is text until that loads.
  useReferenceTable(unresolved);
  if (part.type === 'source-url') {
    const label = part.title || hostOf(part.url);
    if (href === undefined) {
      return (
        <span data-slot="source-url" className={chipClass}>
          {badge}
          <span data-slot="source-title" className="truncate">
            {label}
          </span>
        </span>
      );
    }
    return (
      <a
        data-slot="source-url"
        href={href}
        target={isExternalUrl(href) ? '_blank' : undefined}
        rel="noopener noreferrer nofollow"
        title={part.url}
        className={cn(chipClass, 'hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring')}
      >
        {badge}
        <span data-slot="source-title" className="truncate">
          {label}
        </span>
      </a>
    );
  }
  return (
    <span data-slot="source-document" className={chipClass} title={part.filename ?? part.title}>
      {badge}
      <FileIcon className="size-3.5 shrink-0 text-muted-foreground" />
      <span data-slot="source-title" className="truncate">
        {part.title}
      </span>
      <span data-slot="source-meta" className="shrink-0 text-muted-foreground">
        {part.filename && part.filename !== part.title ? `${part.filename} · ` : ''}
        {part.mediaType}
      </span>
    </span>
  );
}
