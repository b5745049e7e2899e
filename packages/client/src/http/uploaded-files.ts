import type { FileUIPart } from 'ai';

interface Upload {
  conversationId: string;
  ref: string;
}

// Keyed by the File the app holds, so a file forgotten by the app is forgotten here too.
const uploads = new WeakMap<Blob, Upload>();

/**
 * Note that `file` is already in the file space of `conversationId` as `ref` (an upload made as
 * soon as it was attached), so that sending it there later passes the reference instead of
 * uploading the bytes a second time.
 */
export function rememberUploadedFile(file: Blob, conversationId: string, ref: string): void {
  uploads.set(file, { conversationId, ref });
}

/** The reference of `file` in the file space of `conversationId`, if it was uploaded there. */
export function uploadedFileRef(file: Blob, conversationId: string | undefined): string | undefined {
  const upload = uploads.get(file);
  return upload !== undefined && upload.conversationId === conversationId ? upload.ref : undefined;
}

/** Where a file part keeps the reference of a file already uploaded (read by the transport). */
const METADATA_KEY = 'agentChat';

/** `part` marked as the upload `ref` of the conversation's file space. */
export function withFileRef(part: FileUIPart, ref: string): FileUIPart {
  return { ...part, providerMetadata: { ...part.providerMetadata, [METADATA_KEY]: { fileRef: ref } } };
}

/** The upload reference a file part carries (see {@link withFileRef}). */
export function fileRefOf(part: FileUIPart): string | undefined {
  const ref = part.providerMetadata?.[METADATA_KEY]?.fileRef;
  return typeof ref === 'string' ? ref : undefined;
}
