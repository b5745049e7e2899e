import { afterEach, describe, expect, it, vi } from 'vitest';
import { deltasOf, ITEMS_PER_TURN, pacedStream, yieldToEventLoop } from './paced-stream.ts';

describe('deltasOf', () => {
  it('cuts pieces into deltas of a width across piece boundaries, the rest last', () => {
    expect([...deltasOf(['ab', 'cdefg', 'h', 'ij'], 4)]).toEqual(['abcd', 'efgh', 'ij']);
    expect([...deltasOf([''], 4)]).toEqual([]);
  });
});

describe('pacedStream', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('produces items only as they are read', async () => {
    let produced = 0;
    const items = (function* () {
      for (let index = 0; index < 100_000; index++) {
        produced++;
        yield index;
      }
    })();
    const reader = pacedStream(items, { delayMs: 0 }).getReader();
    expect((await reader.read()).value).toBe(0);
    expect(produced).toBeLessThanOrEqual(2 * ITEMS_PER_TURN);
    await reader.cancel();
  });

  it('lets other work run between batches when unpaced', async () => {
    const total = 20 * ITEMS_PER_TURN;
    let read = 0;
    let readWhenOtherWorkRan: number | undefined;
    const reader = pacedStream(
      Array.from({ length: total }, (_, index) => index),
      { delayMs: 0 },
    ).getReader();
    void yieldToEventLoop().then(() => {
      readWhenOtherWorkRan = read;
    });
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
      read++;
    }
    expect(read).toBe(total);
    expect(readWhenOtherWorkRan).toBeLessThan(total);
  });

  it('ends early when its signal aborts', async () => {
    const controller = new AbortController();
    const reader = pacedStream([1, 2, 3], { delayMs: 1, signal: controller.signal }).getReader();
    expect((await reader.read()).value).toBe(1);
    controller.abort();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });
});

describe('yieldToEventLoop', () => {
  it('works where there is no setImmediate (a browser), through a message', async () => {
    vi.stubGlobal('setImmediate', undefined);
    await expect(yieldToEventLoop()).resolves.toBeUndefined();
    vi.unstubAllGlobals();
  });
});
