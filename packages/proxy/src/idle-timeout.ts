/**
 * Pass a body through, ending it cleanly when the source sends nothing for `idleMs` while the
 * reader waits. A clean end without the protocol's last frame is what the kit treats as a
 * dropped connection, so it resumes instead of waiting forever. `onIdle` runs once, before the
 * source is cancelled (that is where the upstream request gets aborted).
 */
export function endWhenIdle(
  source: ReadableStream<Uint8Array>,
  idleMs: number,
  onIdle: () => void,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = Symbol('idle');
  return new ReadableStream<Uint8Array>({
    // Pull-based: the clock runs only while the browser is waiting for data, so a browser that
    // reads slowly (backpressure) never counts as a silent upstream.
    async pull(controller) {
      const silence = new Promise<typeof idle>((resolve) => {
        timer = setTimeout(resolve, idleMs, idle);
      });
      let result: ReadableStreamReadResult<Uint8Array> | typeof idle;
      try {
        result = await Promise.race([reader.read(), silence]);
      } catch (error) {
        // The upstream broke: pass the error on, so the browser's connection is cut, not ended.
        controller.error(error);
        return;
      } finally {
        clearTimeout(timer);
      }
      if (result === idle) {
        onIdle();
        reader.cancel(new Error('idle timeout')).catch(() => undefined);
        controller.close();
        return;
      }
      if (result.done) controller.close();
      else controller.enqueue(result.value);
    },
    cancel(reason) {
      clearTimeout(timer);
      return reader.cancel(reason);
    },
  });
}
