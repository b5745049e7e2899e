/**
 * `request` with its body read no faster than `bytesPerSecond`, for the upload route's optional
 * throttle: over a local connection a browser sends megabytes at once, so its upload progress
 * would jump from nothing to done. Reading slowly holds the sender back (TCP backpressure), as
 * a slow network would. Rejects when the sender goes away mid-body (a cancelled upload).
 */
export async function readThrottled(request: Request, bytesPerSecond: number): Promise<Request> {
  if (!request.body) return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const started = Date.now();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    received += value.byteLength;
    const wait = started + (received / bytesPerSecond) * 1000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: new Blob(chunks),
  });
}
