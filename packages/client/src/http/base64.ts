/** Bytes per `String.fromCharCode` call: large enough to be quick, small enough for any call stack. */
const CHUNK = 0x8000;

/** Base64 of `bytes`, in chunks so that large files never exceed the argument limit (Node and browsers). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** Base64 of a Blob's bytes. */
export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}
