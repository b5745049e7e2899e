import type { UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import { advanceCursor, cursorFromToken, cursorToToken, emptyCursor, skipReplayed } from './ai-sdk-replay.ts';

const reply: UIMessageChunk[] = [
  { type: 'start', messageId: 'm1' },
  { type: 'reasoning-start', id: 'r' },
  { type: 'reasoning-delta', id: 'r', delta: 'Think' },
  { type: 'reasoning-end', id: 'r' },
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: 'Hel' },
  { type: 'text-delta', id: 't', delta: 'lo ' },
  { type: 'tool-input-start', toolCallId: 'c', toolName: 'search' },
  { type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: '{"q":1}' },
  { type: 'text-delta', id: 't', delta: 'world' },
  { type: 'text-end', id: 't' },
  { type: 'finish' },
];

function replayAfter(handedOut: UIMessageChunk[]): UIMessageChunk[] {
  const cursor = emptyCursor();
  for (const chunk of handedOut) advanceCursor(cursor, chunk);
  const skip = skipReplayed(cursorFromToken(cursorToToken(cursor)) ?? emptyCursor());
  return reply.flatMap((chunk) => skip(chunk) ?? []);
}

describe('skipReplayed', () => {
  it('drops exactly what was handed out, whatever the cut', () => {
    for (let cut = 0; cut <= reply.length; cut++) {
      expect(replayAfter(reply.slice(0, cut))).toEqual(reply.slice(cut));
    }
  });

  it('counts text in characters, so deltas merged differently still join exactly', () => {
    const merged: UIMessageChunk[] = [
      { type: 'start', messageId: 'm1' },
      { type: 'reasoning-start', id: 'r' },
      { type: 'reasoning-delta', id: 'r', delta: 'Thi' },
    ];
    expect(replayAfter(merged).slice(0, 2)).toEqual([
      { type: 'reasoning-delta', id: 'r', delta: 'nk' },
      { type: 'reasoning-end', id: 'r' },
    ]);
    const mergedText: UIMessageChunk[] = [
      ...reply.slice(0, 5),
      { type: 'text-delta', id: 't', delta: 'Hello' },
    ];
    expect(replayAfter(mergedText)[0]).toEqual({ type: 'text-delta', id: 't', delta: ' ' });
  });

  it('refuses to join a replay of another message', () => {
    const cursor = emptyCursor();
    advanceCursor(cursor, { type: 'start', messageId: 'm1' });
    const skip = skipReplayed(cursor);
    expect(() => skip({ type: 'start', messageId: 'm2' })).toThrow(/another reply/);
  });

  it('reads only its own tokens', () => {
    expect(cursorFromToken(undefined)).toBeUndefined();
    expect(cursorFromToken('run-1:4')).toBeUndefined();
    expect(cursorFromToken('ai-sdk-replay:{broken')).toBeUndefined();
    expect(cursorFromToken(cursorToToken(emptyCursor()))).toEqual(emptyCursor());
  });
});
