import type { UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import { ChunkLog } from './chunk-log.ts';

describe('ChunkLog', () => {
  it('gives back every chunk as appended, across many blocks of deltas', () => {
    const chunks: UIMessageChunk[] = [
      { type: 'start', messageId: 'm' },
      { type: 'reasoning-start', id: 'r' },
      ...Array.from(
        { length: 1500 },
        (_, index): UIMessageChunk => ({ type: 'reasoning-delta', id: 'r', delta: `${index % 10}` }),
      ),
      { type: 'reasoning-end', id: 'r' },
      { type: 'text-start', id: 't' },
      ...Array.from(
        { length: 5000 },
        (_, index): UIMessageChunk => ({ type: 'text-delta', id: 't', delta: `w${index} ` }),
      ),
      // Extra fields cannot be rebuilt from the text: kept as they are.
      { type: 'text-delta', id: 't', delta: '!', providerMetadata: { mock: { note: 1 } } },
      { type: 'text-delta', id: 't', delta: 'é🙂' },
      { type: 'text-end', id: 't' },
      { type: 'finish', finishReason: 'stop' },
    ];
    const log = new ChunkLog();
    for (const chunk of chunks) log.push(chunk);
    expect(log.length).toBe(chunks.length);
    for (let index = 0; index < chunks.length; index++) expect(log.at(index)).toEqual(chunks[index]);
    expect(log.at(-1)).toBeUndefined();
    expect(log.at(chunks.length)).toBeUndefined();
  });

  it('merges each run of deltas into one for assembling the message', () => {
    const log = new ChunkLog();
    log.push({ type: 'text-start', id: 'a' });
    for (const delta of ['Hel', 'lo ', 'world']) log.push({ type: 'text-delta', id: 'a', delta });
    log.push({ type: 'text-end', id: 'a' });
    expect(log.compacted()).toEqual([
      { type: 'text-start', id: 'a' },
      { type: 'text-delta', id: 'a', delta: 'Hello world' },
      { type: 'text-end', id: 'a' },
    ]);
  });
});
