/** Text shown where the API key would have been. */
export const REDACTED = '[redacted]';

/** The forms in which a key may show up in text: as is, and percent-encoded. */
function keyForms(key: string): string[] {
  const forms = new Set([key, encodeURIComponent(key)]);
  return [...forms].filter((form) => form.length > 0);
}

/** Replace every occurrence of the key in `text` (a no-op without a key). */
export function scrubText(text: string, key: string | undefined): string {
  if (!key) return text;
  let out = text;
  for (const form of keyForms(key)) out = out.split(form).join(REDACTED);
  return out;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (let index = haystack.indexOf(first ?? 0, from); index !== -1; ) {
    if (index + needle.length > haystack.length) return -1;
    for (let offset = 1; offset < needle.length; offset += 1) {
      if (haystack[index + offset] !== needle[offset]) {
        index = haystack.indexOf(first ?? 0, index + 1);
        continue outer;
      }
    }
    return index;
  }
  return -1;
}

/** Length of the longest suffix of `bytes` that is a proper prefix of `needle`. */
function partialMatchAtEnd(bytes: Uint8Array, needle: Uint8Array): number {
  const longest = Math.min(needle.length - 1, bytes.length);
  for (let length = longest; length > 0; length -= 1) {
    let matches = true;
    for (let offset = 0; offset < length; offset += 1) {
      if (bytes[bytes.length - length + offset] !== needle[offset]) {
        matches = false;
        break;
      }
    }
    if (matches) return length;
  }
  return 0;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * A byte stream transform that replaces the key wherever it appears, even split across chunks.
 * It holds back only a chunk's tail that could be the start of the key, so an event stream's
 * chunks (ending in a newline) pass through at once.
 */
export function createKeyScrubStream(key: string): TransformStream<Uint8Array, Uint8Array> {
  const encoder = new TextEncoder();
  const needles = keyForms(key).map((form) => encoder.encode(form));
  const replacement = encoder.encode(REDACTED);
  let pending: Uint8Array = new Uint8Array(0);

  const replaceAll = (bytes: Uint8Array): Uint8Array => {
    let out = bytes;
    for (const needle of needles) {
      const parts: Uint8Array[] = [];
      let start = 0;
      for (let at = indexOfBytes(out, needle, 0); at !== -1; at = indexOfBytes(out, needle, start)) {
        parts.push(out.subarray(start, at), replacement);
        start = at + needle.length;
      }
      if (start === 0) continue;
      parts.push(out.subarray(start));
      out = parts.reduce(concat, new Uint8Array(0));
    }
    return out;
  };

  return new TransformStream({
    transform(chunk, controller) {
      const replaced = replaceAll(concat(pending, chunk));
      const hold = Math.max(0, ...needles.map((needle) => partialMatchAtEnd(replaced, needle)));
      pending = replaced.slice(replaced.length - hold);
      const ready = replaced.subarray(0, replaced.length - hold);
      if (ready.length > 0) controller.enqueue(ready);
    },
    flush(controller) {
      if (pending.length > 0) controller.enqueue(pending);
    },
  });
}
