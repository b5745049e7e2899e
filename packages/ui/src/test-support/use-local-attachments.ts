import * as React from 'react';
import type { ComposerAttachment, ComposerAttachments } from '../composer/types.ts';

interface LocalItem extends ComposerAttachment {
  file: File;
}

const MB = 1024 * 1024;

/**
 * In-memory attachments for composer stories and tests: validates size (25 MB) and turns images
 * into previews, like `useAttachments` does, without a backend.
 */
export function useLocalAttachments(initial: File[] = [], maxFileBytes = 25 * MB): ComposerAttachments {
  const counter = React.useRef(0);
  const toItem = React.useCallback(
    (file: File): LocalItem => {
      counter.current += 1;
      const tooBig = file.size > maxFileBytes;
      return {
        id: `att-${counter.current}`,
        file,
        name: file.name,
        size: file.size,
        mediaType: file.type,
        status: tooBig ? 'error' : 'ready',
        error: tooBig
          ? `${file.name} is ${Math.round(file.size / MB)} MB; the limit is ${Math.round(maxFileBytes / MB)} MB.`
          : undefined,
      };
    },
    [maxFileBytes],
  );
  const [items, setItems] = React.useState<LocalItem[]>(() => initial.map(toItem));
  const add = React.useCallback(
    (files: File[] | FileList) => setItems((current) => [...current, ...Array.from(files).map(toItem)]),
    [toItem],
  );
  return {
    items,
    add,
    remove: (id) => setItems((current) => current.filter((item) => item.id !== id)),
    clear: () => setItems([]),
    restore: add,
    readyFiles: items.filter((item) => item.status === 'ready').map((item) => item.file),
    hasErrors: items.some((item) => item.status === 'error'),
    isProcessing: items.some((item) => item.status === 'processing' || item.status === 'pending'),
    limits: { maxFileBytes },
  };
}

/** A real file of `size` zero bytes (30 MB is cheap enough to allocate in a test). */
export function fileOfSize(name: string, size: number, type = 'application/pdf'): File {
  return new File([new Uint8Array(size)], name, { type });
}
