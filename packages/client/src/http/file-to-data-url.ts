import { blobToBase64 } from './base64.ts';

const encoded = new WeakMap<Blob, Promise<string>>();

/**
 * A file as a `data:` URL, encoded once per file (attachments start encoding when picked, so a
 * send finds the work done) and shared by every caller.
 */
export function fileToDataUrl(file: Blob): Promise<string> {
  let pending = encoded.get(file);
  if (!pending) {
    pending = blobToBase64(file).then(
      (base64) => `data:${file.type || 'application/octet-stream'};base64,${base64}`,
    );
    encoded.set(file, pending);
  }
  return pending;
}
