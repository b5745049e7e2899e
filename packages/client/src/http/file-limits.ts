import type { OutgoingFile } from '../backend.ts';
import { AgentChatError } from '../errors.ts';

/** 25 MB, the Noxus attachment cap (decoded bytes). */
export const NOXUS_MAX_FILE_BYTES = 25 * 1024 * 1024;

/** A byte count for people: `812 B`, `3.4 KB`, `26.0 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reject, before anything is sent, the first file whose bytes exceed `maxBytes`. */
export function assertFilesWithinLimit(files: readonly OutgoingFile[], maxBytes: number): void {
  for (const file of files) {
    const size = file.data?.size;
    if (size !== undefined && size > maxBytes) {
      throw new AgentChatError({
        kind: 'limit',
        limitBytes: maxBytes,
        message: `"${file.name}" is ${formatBytes(size)}; the largest file accepted is ${formatBytes(maxBytes)}. Nothing was sent.`,
      });
    }
  }
}
