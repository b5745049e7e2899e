const encoded = new WeakMap<Blob, Promise<string>>();

/** Bytes to base64 in slices, so large files never overflow the argument stack. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/**
 * A file as a `data:` URL, encoded once per file (attachments start encoding when picked, so a
 * send finds the work done) and shared by every caller.
 */
export function fileToDataUrl(file: Blob): Promise<string> {
  let pending = encoded.get(file);
  if (!pending) {
    pending = file
      .arrayBuffer()
      .then(
        (buffer) =>
          `data:${file.type || 'application/octet-stream'};base64,${toBase64(new Uint8Array(buffer))}`,
      );
    encoded.set(file, pending);
  }
  return pending;
}
