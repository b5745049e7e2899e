const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A random 16-character id for a message the kit makes up, the shape of the AI SDK's
 * `generateId`. Written here rather than imported: the `ai` package is one module to a bundler, so
 * importing anything from it statically puts all of it (zod included) in an app's first load,
 * where the kit loads it on demand.
 */
export function generateId(size = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(size));
  let id = '';
  // 256 is not a multiple of 62: the bias this leaves is irrelevant for ids that only need to differ.
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
