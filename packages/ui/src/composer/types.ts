/** One attached file as the composer shows it (the shape of `useAttachments().items`). */
export interface ComposerAttachment {
  id: string;
  name: string;
  size: number;
  mediaType: string;
  /** `uploading` while sent ahead of the message (backends that take uploads, e.g. agents v2). */
  status: 'pending' | 'processing' | 'uploading' | 'ready' | 'error';
  /** 0..1 while processing or uploading. */
  progress?: number | undefined;
  /** A sentence a person can act on, e.g. "report.pdf is 30 MB; the limit is 25 MB." */
  error?: string | undefined;
  /** A failed upload that may work when tried again (see `ComposerAttachments.retry`). */
  retryable?: boolean | undefined;
  /** Object URL of an image preview. */
  previewUrl?: string | undefined;
}

/** The attachment state the composer drives (what `useAttachments()` returns). */
export interface ComposerAttachments {
  items: readonly ComposerAttachment[];
  add(files: File[] | FileList): unknown;
  /** Remove a file; one still uploading has its upload cancelled. */
  remove(id: string): void;
  /** Try a failed upload again. */
  retry?(id: string): void;
  clear(): void;
  /** Put files back after a failed send. */
  restore(files: File[]): void;
  /** Files that passed validation and processing: what a send carries. */
  readyFiles: File[];
  hasErrors: boolean;
  isProcessing: boolean;
  limits?: { accept?: string[] | undefined; maxFiles?: number; maxFileBytes?: number } | undefined;
}

/** What a send carries. */
export interface ComposerSendInput {
  text: string;
  files: File[];
}
