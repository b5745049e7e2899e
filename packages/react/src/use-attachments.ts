import { fileToDataUrl } from '@agent-chat/client';
import * as React from 'react';
import { useAgentChat } from './agent-chat-provider.tsx';
import { type AttachmentLimits, attachmentProblem } from './attachment-validation.ts';
import { useLocale, useMessages } from './i18n/locale-context.tsx';

/** One picked, dropped or pasted file. */
export interface AttachmentItem {
  id: string;
  file: File;
  name: string;
  size: number;
  mediaType: string;
  /** `processing` while the file is read and encoded for sending. */
  status: 'pending' | 'processing' | 'ready' | 'error';
  /** 0..1 while processing. */
  progress?: number;
  /** Why the file cannot be sent, as a sentence. */
  error?: string;
  /** Object URL of an image preview; revoked when the file is removed. */
  previewUrl?: string;
}

/** Options of `useAttachments`; unset limits come from the provider and the backend. */
export interface UseAttachmentsOptions extends Partial<AttachmentLimits> {
  conversationId?: string;
}

/** The attachments of the message being written. */
export interface AttachmentsState {
  items: AttachmentItem[];
  add(files: File[] | FileList): AttachmentItem[];
  remove(id: string): void;
  clear(): void;
  /** Puts files back after a failed send. */
  restore(files: File[]): void;
  /** Files that passed validation and are ready to send. */
  readyFiles: File[];
  hasErrors: boolean;
  isProcessing: boolean;
  limits: AttachmentLimits;
}

let nextId = 0;

function revoke(item: AttachmentItem): void {
  if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
}

function canPreview(file: File): boolean {
  return file.type.startsWith('image/') && typeof URL.createObjectURL === 'function';
}

/**
 * Attachments validated against the backend's limits with a clear message per file; each valid
 * file starts encoding at once, off the typing path, so sending finds it ready.
 * @example const attachments = useAttachments(); attachments.add(event.target.files);
 */
export function useAttachments(options: UseAttachmentsOptions = {}): AttachmentsState {
  const { defaults } = useAgentChat('useAttachments');
  const { locale } = useLocale();
  const messages = useMessages();
  const limits = React.useMemo<AttachmentLimits>(
    () => ({
      maxFileBytes: options.maxFileBytes ?? defaults.attachments.maxFileBytes,
      maxFiles: options.maxFiles ?? defaults.attachments.maxFiles,
      accept: options.accept ?? defaults.attachments.accept,
    }),
    [options.maxFileBytes, options.maxFiles, options.accept, defaults.attachments],
  );
  const [items, setItems] = React.useState<AttachmentItem[]>([]);
  const itemsRef = React.useRef(items);
  itemsRef.current = items;

  const update = React.useCallback((id: string, patch: Partial<AttachmentItem>) => {
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...patch } : item)));
  }, []);

  const add = React.useCallback(
    (files: File[] | FileList) => {
      let accepted = itemsRef.current.filter((item) => item.status !== 'error').length;
      const added = Array.from(files).map((file): AttachmentItem => {
        const problem = attachmentProblem(file, limits, accepted, locale, messages);
        if (!problem) accepted++;
        const base = {
          id: `attachment-${++nextId}`,
          file,
          name: file.name,
          size: file.size,
          mediaType: file.type || 'application/octet-stream',
        };
        if (problem) return { ...base, status: 'error', error: problem };
        return {
          ...base,
          status: 'processing',
          progress: 0,
          ...(canPreview(file) ? { previewUrl: URL.createObjectURL(file) } : {}),
        };
      });
      setItems((current) => [...current, ...added]);
      for (const item of added) {
        if (item.status !== 'processing') continue;
        fileToDataUrl(item.file).then(
          () => update(item.id, { status: 'ready', progress: 1 }),
          (cause: unknown) =>
            update(item.id, {
              status: 'error',
              error: `${item.name} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`,
            }),
        );
      }
      return added;
    },
    [limits, update, locale, messages],
  );

  const remove = React.useCallback((id: string) => {
    setItems((current) => {
      const item = current.find((candidate) => candidate.id === id);
      if (item) revoke(item);
      return current.filter((candidate) => candidate.id !== id);
    });
  }, []);

  const clear = React.useCallback(() => {
    setItems((current) => {
      for (const item of current) revoke(item);
      return [];
    });
  }, []);

  const restore = React.useCallback(
    (files: File[]) => {
      const present = new Set(itemsRef.current.map((item) => item.file));
      add(files.filter((file) => !present.has(file)));
    },
    [add],
  );

  // Previews are released with the component.
  React.useEffect(() => () => itemsRef.current.forEach(revoke), []);

  return {
    items,
    add,
    remove,
    clear,
    restore,
    readyFiles: items.filter((item) => item.status === 'ready').map((item) => item.file),
    hasErrors: items.some((item) => item.status === 'error'),
    isProcessing: items.some((item) => item.status === 'processing' || item.status === 'pending'),
    limits,
  };
}
