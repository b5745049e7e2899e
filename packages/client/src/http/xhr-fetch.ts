/** Bytes of a request body sent so far, as `XMLHttpRequest.upload` reports them. */
export interface BodyProgress {
  loaded: number;
  /** Undefined when the browser could not tell the body's length. */
  total?: number;
}

/** A `fetch` that also reports the request body's progress. */
export type ProgressFetch = (
  url: string,
  init: RequestInit & { headers: Headers },
  onBodyProgress: (progress: BodyProgress) => void,
) => Promise<Response>;

/** Whether this runtime has `XMLHttpRequest` (browsers, jsdom), the one API that reports upload progress. */
export function canReportUploadProgress(): boolean {
  return typeof globalThis.XMLHttpRequest === 'function';
}

// Statuses whose Response may not carry a body (the Response constructor throws otherwise).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function headersOf(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    try {
      headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    } catch {
      // A header name the Headers class refuses is of no use to the kit.
    }
  }
  return headers;
}

function abortError(signal: AbortSignal): unknown {
  // The signal's own reason keeps a timeout (`AbortSignal.timeout`) apart from a cancel.
  return signal.reason ?? new DOMException('The upload was aborted.', 'AbortError');
}

/**
 * `fetch` over `XMLHttpRequest`, for the one thing `fetch` cannot do in browsers: report upload
 * progress. It resolves to a real `Response` (status, headers, body), so the caller maps errors
 * exactly as it does for `fetch`; it rejects like `fetch` does: a `TypeError` when the server
 * could not be reached, the signal's reason (or an `AbortError`) when the signal fired, and the
 * signal aborts the request (`xhr.abort()`).
 */
export const xhrFetch: ProgressFetch = (url, init, onBodyProgress) =>
  new Promise<Response>((resolve, reject) => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const settle = () => signal?.removeEventListener('abort', onAbort);
    xhr.open(init.method ?? 'GET', url, true);
    xhr.responseType = 'arraybuffer';
    if (init.credentials === 'include') xhr.withCredentials = true;
    init.headers.forEach((value, name) => {
      xhr.setRequestHeader(name, value);
    });
    // Registered before send(): a listener added later may miss the first events.
    xhr.upload.onprogress = (event) => {
      onBodyProgress(
        event.lengthComputable ? { loaded: event.loaded, total: event.total } : { loaded: event.loaded },
      );
    };
    xhr.onload = () => {
      settle();
      const status = xhr.status;
      const body = NULL_BODY_STATUSES.has(status) ? null : (xhr.response as ArrayBuffer | null);
      try {
        resolve(
          new Response(body, {
            status,
            statusText: xhr.statusText,
            headers: headersOf(xhr.getAllResponseHeaders()),
          }),
        );
      } catch (cause) {
        // Status 0 or out of range: what `fetch` reports as a network failure.
        reject(new TypeError(`The server answered with an unusable status (${status}).`, { cause }));
      }
    };
    xhr.onerror = () => {
      settle();
      reject(new TypeError('Failed to fetch'));
    };
    xhr.ontimeout = () => {
      settle();
      reject(new DOMException('The upload timed out.', 'TimeoutError'));
    };
    xhr.onabort = () => {
      settle();
      reject(
        signal?.aborted ? abortError(signal) : new DOMException('The upload was aborted.', 'AbortError'),
      );
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send((init.body ?? null) as XMLHttpRequestBodyInit | null);
  });
