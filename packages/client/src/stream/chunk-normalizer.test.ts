import type { UIMessageChunk } from 'ai';
import { describe, expect, it } from 'vitest';
import type { StreamWarning } from '../backend.ts';
import { checkChunk } from './check-chunk.ts';
import { ChunkBatch } from './chunk-batch.ts';
import { ChunkNormalizer } from './chunk-normalizer.ts';

function run(chunks: UIMessageChunk[], expected = false) {
  const out: UIMessageChunk[] = [];
  const warnings: StreamWarning[] = [];
  const normalizer = new ChunkNormalizer({ emit: (chunk) => out.push(chunk), warn: (w) => warnings.push(w) });
  for (const chunk of chunks) normalizer.push(chunk, expected);
  return { out, warnings, normalizer };
}

describe('ChunkNormalizer', () => {
  it('passes a well-formed sequence through unchanged and silently', () => {
    const chunks: UIMessageChunk[] = [
      { type: 'start', messageId: 'm' },
      { type: 'reasoning-start', id: 'r' },
      { type: 'reasoning-delta', id: 'r', delta: 'hm' },
      { type: 'reasoning-end', id: 'r' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'a' },
      { type: 'text-end', id: 't' },
      { type: 'data-x', data: 1 },
      { type: 'finish', finishReason: 'stop' },
    ];
    const { out, warnings } = run(chunks);
    expect(out).toEqual(chunks);
    expect(warnings).toEqual([]);
  });

  it('synthesises start and part starts, reporting each', () => {
    const { out, warnings } = run([
      { type: 'text-delta', id: 't', delta: 'a' },
      { type: 'reasoning-delta', id: 'r', delta: 'b' },
    ]);
    expect(out).toEqual([
      { type: 'start' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'a' },
      { type: 'reasoning-start', id: 'r' },
      { type: 'reasoning-delta', id: 'r', delta: 'b' },
    ]);
    expect(warnings.map((w) => w.code)).toEqual([
      'synthesised-start',
      'synthesised-start',
      'synthesised-start',
    ]);
  });

  it('synthesises silently when the format has no starts of its own', () => {
    const { out, warnings } = run([{ type: 'text-delta', id: 't', delta: 'a' }], true);
    expect(out.map((chunk) => chunk.type)).toEqual(['start', 'text-start', 'text-delta']);
    expect(warnings).toEqual([]);
  });

  it('drops orphan ends and repeated starts of an open part', () => {
    const { out, warnings } = run([
      { type: 'start' },
      { type: 'text-end', id: 'x' },
      { type: 'reasoning-end', id: 'y' },
      { type: 'text-start', id: 't' },
      { type: 'text-start', id: 't' },
      { type: 'text-end', id: 't' },
      { type: 'text-end', id: 't' },
    ]);
    expect(out).toEqual([{ type: 'start' }, { type: 'text-start', id: 't' }, { type: 'text-end', id: 't' }]);
    expect(warnings.map((w) => w.code)).toEqual(['orphan-end', 'orphan-end', 'orphan-end']);
  });

  it('in a continuation, synthesises quietly and passes ends of parts opened before it', () => {
    const out: UIMessageChunk[] = [];
    const warnings: StreamWarning[] = [];
    const normalizer = new ChunkNormalizer({
      emit: (chunk) => out.push(chunk),
      warn: (w) => warnings.push(w),
      continuation: true,
    });
    normalizer.push({ type: 'reasoning-end', id: 'before' });
    normalizer.push({ type: 'text-delta', id: 't', delta: 'x' });
    expect(out).toEqual([
      { type: 'start' },
      { type: 'reasoning-end', id: 'before' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'x' },
    ]);
    expect(warnings).toEqual([]);
  });

  it('closes open parts, in opening order, before finish and on end()', () => {
    const { out } = run([
      { type: 'start' },
      { type: 'text-delta', id: 'a', delta: '1' },
      { type: 'reasoning-delta', id: 'r', delta: '2' },
      { type: 'text-delta', id: 'b', delta: '3' },
      { type: 'finish' },
    ]);
    expect(out.slice(-4)).toEqual([
      { type: 'text-end', id: 'a' },
      { type: 'text-end', id: 'b' },
      { type: 'reasoning-end', id: 'r' },
      { type: 'finish' },
    ]);
    const second = run([{ type: 'text-delta', id: 'a', delta: '1' }]);
    second.normalizer.end();
    second.normalizer.end();
    expect(second.out.at(-1)).toEqual({ type: 'text-end', id: 'a' });
    expect(second.out.filter((chunk) => chunk.type === 'text-end')).toHaveLength(1);
  });

  it('drops the messageId of a start that comes after the reply started, keeping its metadata', () => {
    const { out, warnings } = run([
      { type: 'text-delta', id: 't', delta: 'early' },
      { type: 'start', messageId: 'late' },
      { type: 'start', messageId: 'late', messageMetadata: { model: 'm' } },
    ]);
    expect(out).toEqual([
      { type: 'start' },
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'early' },
      { type: 'start', messageMetadata: { model: 'm' } },
    ]);
    expect(warnings.map((w) => w.code)).toContain('invalid-chunk');
    // A repeat of the same start is harmless and passes.
    const repeat = run([
      { type: 'start', messageId: 'm' },
      { type: 'start', messageId: 'm' },
    ]);
    expect(repeat.out).toHaveLength(2);
  });

  it('reopens a text part that gets deltas after its end', () => {
    const { out } = run([
      { type: 'start' },
      { type: 'text-start', id: 't' },
      { type: 'text-end', id: 't' },
      { type: 'text-delta', id: 't', delta: 'late' },
    ]);
    expect(out.slice(-2)).toEqual([
      { type: 'text-start', id: 't' },
      { type: 'text-delta', id: 't', delta: 'late' },
    ]);
  });

  it('passes tool input deltas only while the input streams', () => {
    const { out, warnings } = run([
      { type: 'start' },
      { type: 'tool-input-delta', toolCallId: 'a', inputTextDelta: '{' },
      { type: 'tool-input-start', toolCallId: 'c', toolName: 'search' },
      { type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: '{}' },
      { type: 'tool-input-available', toolCallId: 'c', toolName: 'search', input: {} },
      { type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: 'late' },
    ]);
    expect(out.map((chunk) => chunk.type)).toEqual([
      'start',
      'tool-input-start',
      'tool-input-delta',
      'tool-input-available',
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['orphan-end', 'orphan-end']);
  });

  it('gives tool output and approval requests without an input a dynamic tool part first', () => {
    const { out } = run([
      { type: 'start' },
      { type: 'tool-output-available', toolCallId: 'c', output: 1 },
      {
        type: 'tool-approval-request',
        approvalId: 'a',
        toolCallId: 'd',
        toolName: 'named',
      } as UIMessageChunk,
      { type: 'tool-approval-response', approvalId: 'a', approved: true },
      { type: 'tool-approval-response', approvalId: 'never', approved: true },
    ]);
    expect(out).toEqual([
      { type: 'start' },
      { type: 'tool-input-available', toolCallId: 'c', toolName: 'unknown', input: undefined, dynamic: true },
      { type: 'tool-output-available', toolCallId: 'c', output: 1 },
      { type: 'tool-input-available', toolCallId: 'd', toolName: 'named', input: undefined, dynamic: true },
      { type: 'tool-approval-request', approvalId: 'a', toolCallId: 'd', toolName: 'named' },
      { type: 'tool-approval-response', approvalId: 'a', approved: true },
    ]);
  });

  it('forgets what a reset-step removes', () => {
    const { out } = run([
      { type: 'start' },
      { type: 'start-step' },
      { type: 'text-delta', id: 't', delta: 'gone' },
      { type: 'tool-input-available', toolCallId: 'c', toolName: 'x', input: {} },
      { type: 'reset-step' },
      { type: 'text-delta', id: 't', delta: 'again' },
      { type: 'tool-output-available', toolCallId: 'c', output: 1 },
    ]);
    expect(out.slice(-5).map((chunk) => chunk.type)).toEqual([
      'reset-step',
      'text-start',
      'text-delta',
      'tool-input-available',
      'tool-output-available',
    ]);
  });

  it('in a continuation, passes tool chunks of calls it did not see', () => {
    const out: UIMessageChunk[] = [];
    const normalizer = new ChunkNormalizer({ emit: (chunk) => out.push(chunk), continuation: true });
    normalizer.push({ type: 'tool-input-delta', toolCallId: 'c', inputTextDelta: '}' });
    normalizer.push({ type: 'tool-output-available', toolCallId: 'c', output: 1 });
    expect(out.map((chunk) => chunk.type)).toEqual(['start', 'tool-input-delta', 'tool-output-available']);
  });

  it('keeps error chunks and the deltas before them', () => {
    const { out } = run([
      { type: 'text-delta', id: 't', delta: 'kept' },
      { type: 'error', errorText: 'boom' },
    ]);
    expect(out.slice(-2)).toEqual([
      { type: 'text-delta', id: 't', delta: 'kept' },
      { type: 'error', errorText: 'boom' },
    ]);
  });
});

describe('ChunkBatch', () => {
  it('merges consecutive deltas of one part, keeping the last provider metadata', () => {
    const batch = new ChunkBatch();
    batch.push({ type: 'text-delta', id: 't', delta: 'a', providerMetadata: { p: { n: 1 } } });
    batch.push({ type: 'text-delta', id: 't', delta: 'b' });
    batch.push({ type: 'text-delta', id: 'u', delta: 'c' });
    batch.push({ type: 'reasoning-delta', id: 'u', delta: 'd' });
    batch.push({ type: 'reasoning-delta', id: 'u', delta: 'e', providerMetadata: { p: { n: 2 } } });
    batch.push({ type: 'text-end', id: 't' });
    batch.push({ type: 'text-delta', id: 't', delta: 'f' });
    expect(batch.size).toBe(5);
    expect(batch.take()).toEqual([
      { type: 'text-delta', id: 't', delta: 'ab', providerMetadata: { p: { n: 1 } } },
      { type: 'text-delta', id: 'u', delta: 'c' },
      { type: 'reasoning-delta', id: 'u', delta: 'de', providerMetadata: { p: { n: 2 } } },
      { type: 'text-end', id: 't' },
      { type: 'text-delta', id: 't', delta: 'f' },
    ]);
    expect(batch.take()).toEqual([]);
  });
});

describe('checkChunk', () => {
  it.each([
    [{ type: 'text-delta', id: 't', delta: 'x' }, 'ok'],
    [{ type: 'text-delta', id: 't' }, 'invalid'],
    [{ type: 'tool-input-start', toolCallId: 'c', toolName: 'n' }, 'ok'],
    [{ type: 'tool-input-start', toolCallId: 'c' }, 'invalid'],
    [{ type: 'tool-approval-response', approvalId: 'a', approved: 'yes' }, 'invalid'],
    [{ type: 'source-document', sourceId: 's', mediaType: 'm', title: 't' }, 'ok'],
    [{ type: 'data-anything', data: null }, 'ok'],
    [{ type: 'data-anything', id: 3, data: null }, 'invalid'],
    [{ type: 'reset-step' }, 'ok'],
    [{ type: 'custom', kind: 'a.b' }, 'ok'],
    [{ type: 'steering-message', id: 's', parts: [] }, 'ok'],
    [{ type: 'from-the-future' }, 'unknown'],
    [{ kind: 'no type' }, 'invalid'],
    [null, 'invalid'],
    ['text', 'invalid'],
  ])('%j → %s', (value, verdict) => {
    expect(checkChunk(value)).toBe(verdict);
  });

  it('drops an unknown finishReason instead of the finish', () => {
    const chunk: Record<string, unknown> = { type: 'finish', finishReason: 'galaxy-brain' };
    expect(checkChunk(chunk)).toBe('ok');
    expect(chunk).toEqual({ type: 'finish' });
  });
});
