import { describeError, fileToDataUrl, rememberUploadedFile, uploadedFileRef } from '@agent-chat/client';
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
  /**
   * `processing` while the file is read and encoded for sending; `uploading` while it is sent
   * ahead of the message to the conversation's file space (backends that take uploads).
   */
  status: 'pending' | 'processing' | 'uploading' | 'ready' | 'error';
  /** 0..1 while processing or uploading, when the share done is known. */
  progress?: number;
  /** Why the file cannot be sent, as a sentence. */
  error?: string;
  /** A failed upload that may work when tried again (`retry(id)`). */
  retryable?: boolean;
  /** Its reference in the conversation's file space, once uploaded. */
  fileRef?: string;
  /** Object URL of an image preview; revoked when the file is removed. */
  previewUrl?: string;
}

/** Options of `useAttachments`; unset limits come from the provider and the backend. */
export interface UseAttachmentsOptions extends Partial<AttachmentLimits> {
  /** The conversation files are uploaded to as soon as they are attached (see `upload`). */
  conversationId?: string | undefined;
  /**
   * Upload each file as soon as it is attached, with progress and cancel, where the backend takes
   * uploads (`files.delivery === 'upload'`, agents v2) and `conversationId` is set. Default true;
   * otherwise files are sent with the message.
   */
  upload?: boolean;
}

/** The attachments of the message being written. */
export interface AttachmentsState {
  items: AttachmentItem[];
  add(files: File[] | FileList): AttachmentItem[];
  /** Remove a file; one still uploading has its upload cancelled. */
  remove(id: string): void;
  /** Try a failed upload again. */
  retry(id: string): void;
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
  const { defaults, backend } = useAgentChat('useAttachments');
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

  // One controller per upload in flight, so that removing the chip cancels the request.
  const uploads = React.useRef(new Map<string, AbortController>());
  const { conversationId } = options;
  const uploader = backend.files?.delivery === 'upload' ? backend.files.upload : undefined;
  const uploadTo = options.upload !== false && uploader && conversationId ? conversationId : undefined;

  const startUpload = React.useCallback(
    (item: AttachmentItem, to: string) => {
      if (!uploader) return;
      const controller = new AbortController();
      uploads.current.set(item.id, controller);
      update(item.id, { status: 'uploading', progress: 0, error: undefined, retryable: undefined });
      const file = { name: item.name, mediaType: item.mediaType, data: item.file };
      uploader(to, [file], {
        signal: controller.signal,
        onProgress: ({ loaded, total }) => {
          if (!controller.signal.aborted && total) update(item.id, { progress: Math.min(1, loaded / total) });
        },
      }).then(
        ([uploaded]) => {
          uploads.current.delete(item.id);
          if (uploaded) rememberUploadedFile(item.file, to, uploaded.ref);
          update(item.id, { status: 'ready', progress: 1, ...(uploaded ? { fileRef: uploaded.ref } : {}) });
        },
        (cause: unknown) => {
          uploads.current.delete(item.id);
          // Cancelled: the chip is already gone, and there is nothing to report.
          if (controller.signal.aborted) return;
          const described = describeError(cause, messages.errors);
          update(item.id, {
            status: 'error',
            progress: undefined,
            error: messages.uploadFailed(item.name, described.title),
            retryable: described.retryable,
          });
        },
      );
    },
    [uploader, update, messages],
  );

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
        if (uploadTo !== undefined) {
          // Given back after a failed send: already in the file space, no second upload.
          const ref = uploadedFileRef(item.file, uploadTo);
          if (ref === undefined) startUpload(item, uploadTo);
          else update(item.id, { status: 'ready', progress: 1, fileRef: ref });
          continue;
        }
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
    [limits, update, locale, messages, uploadTo, startUpload],
  );

  const cancelUpload = React.useCallback((id: string) => {
    uploads.current.get(id)?.abort();
    uploads.current.delete(id);
  }, []);

  const retry = React.useCallback(
    (id: string) => {
      const item = itemsRef.current.find((candidate) => candidate.id === id);
      if (item?.status === 'error' && item.retryable && uploadTo !== undefined) startUpload(item, uploadTo);
    },
    [uploadTo, startUpload],
  );

  const remove = React.useCallback(
    (id: string) => {
      cancelUpload(id);
      setItems((current) => {
        const item = current.find((candidate) => candidate.id === id);
        if (item) revoke(item);
        return current.filter((candidate) => candidate.id !== id);
      });
    },
    [cancelUpload],
  );

  const clear = React.useCallback(() => {
    for (const id of [...uploads.current.keys()]) cancelUpload(id);
    setItems((current) => {
      for (const item of current) revoke(item);
      return [];
    });
  }, [cancelUpload]);

  const restore = React.useCallback(
    (files: File[]) => {
      const present = new Set(itemsRef.current.map((item) => item.file));
      add(files.filter((file) => !present.has(file)));
    },
    [add],
  );

  // Previews are released, and uploads cancelled, with the component.
  React.useEffect(
    () => () => {
      itemsRef.current.forEach(revoke);
      for (const controller of uploads.current.values()) controller.abort();
    },
    [],
  );

  // One object until something in it changes, so components given it stay memoised.
  return React.useMemo(
    () => ({
      items,
      add,
      remove,
      retry,
      clear,
      restore,
      readyFiles: items.filter((item) => item.status === 'ready').map((item) => item.file),
      hasErrors: items.some((item) => item.status === 'error'),
      isProcessing: items.some(
        (item) => item.status === 'processing' || item.status === 'pending' || item.status === 'uploading',
      ),
      limits,
    }),
    [items, add, remove, retry, clear, restore, limits],
  );
}
