import { useMessages } from '@agent-chat/react';
import type { FileUIPart } from 'ai';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { FileIcon } from '../lib/icons.tsx';

/** Props of `FilePart`. */
export interface FilePartProps extends Omit<React.ComponentProps<'div'>, 'part'> {
  part: FileUIPart;
}

// Images may come from the network, from an object URL or inline as a data URL of an image type.
const IMAGE_SOURCE = /^(https?:|blob:|data:image\/(png|jpe?g|gif|webp|avif|bmp);)/i;
// Downloads may use the same schemes; a data URL of any type is fine with `download` set.
const DOWNLOAD_SOURCE = /^(https?:|blob:|data:)/i;

function isImage(mediaType: string): boolean {
  return mediaType === 'image' || mediaType.startsWith('image/');
}

function fileName(part: FileUIPart, fallback: string): string {
  if (part.filename) return part.filename;
  if (/^https?:/i.test(part.url)) {
    try {
      const last = new URL(part.url).pathname.split('/').pop();
      if (last) return decodeURIComponent(last);
    } catch {
      // fall through to the generic name
    }
  }
  return fallback;
}

/**
 * A file in a message: an image preview for images, otherwise a download link with name and type.
 * @example <FilePart part={{ type: 'file', mediaType: 'application/pdf', url, filename: 'report.pdf' }} />
 */
export function FilePart({ part, className, ...props }: FilePartProps) {
  const t = useMessages();
  const name = fileName(part, t.fileFallbackName);
  const url = part.url.trim();
  if (isImage(part.mediaType) && IMAGE_SOURCE.test(url)) {
    return (
      <div data-slot="file-part" data-kind="image" className={cn('max-w-sm', className)} {...props}>
        <a
          data-slot="file-link"
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          download={name}
          className="block"
        >
          <img
            data-slot="file-image"
            src={url}
            alt={name}
            loading="lazy"
            decoding="async"
            className="max-h-72 rounded-lg border border-border object-contain"
          />
        </a>
      </div>
    );
  }
  const safe = DOWNLOAD_SOURCE.test(url);
  const body = (
    <>
      <FileIcon className="size-5 shrink-0 text-muted-foreground" />
      {safe ? (
        <span data-slot="file-action" className="sr-only">
          {t.download}{' '}
        </span>
      ) : null}
      <span data-slot="file-details" className="min-w-0">
        <span data-slot="file-name" className="block truncate font-medium">
          {name}
        </span>
        <span data-slot="file-type" className="block truncate text-xs text-muted-foreground">
          {part.mediaType}
        </span>
      </span>
    </>
  );
  const boxClass =
    'flex max-w-xs items-center gap-2 rounded-lg border border-border bg-card px-3 py-2 text-sm text-card-foreground';
  return (
    <div data-slot="file-part" data-kind="file" className={className} {...props}>
      {safe ? (
        <a
          href={url}
          download={name}
          target="_blank"
          rel="noopener noreferrer"
          className={cn(boxClass, 'hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring')}
        >
          {body}
        </a>
      ) : (
        <span data-slot="file-unavailable" className={boxClass}>
          {body}
        </span>
      )}
    </div>
  );
}
