import type { UIMessageChunk } from 'ai';

type DeltaType = 'text-delta' | 'reasoning-delta';

/** Deltas per sealed block: its text is joined into one string with an offset table. */
const BLOCK = 1024;

/** Consecutive text (or reasoning) deltas of one part, stored as joined text plus offsets. */
class DeltaRun {
  readonly blocks: string[] = [];
  readonly offsets: Uint32Array[] = [];
  pending: string[] = [];
  count = 0;

  constructor(
    readonly start: number,
    readonly type: DeltaType,
    readonly id: string,
  ) {}

  push(delta: string): void {
    this.pending.push(delta);
    this.count++;
    if (this.pending.length < BLOCK) return;
    const offsets = new Uint32Array(BLOCK + 1);
    for (let index = 0; index < BLOCK; index++) {
      offsets[index + 1] = (offsets[index] as number) + (this.pending[index] as string).length;
    }
    this.blocks.push(this.pending.join(''));
    this.offsets.push(offsets);
    this.pending = [];
  }

  delta(local: number): string {
    const block = Math.floor(local / BLOCK);
    const index = local % BLOCK;
    const text = this.blocks[block];
    const offsets = this.offsets[block];
    if (text === undefined || offsets === undefined) return this.pending[index] as string;
    return text.slice(offsets[index], offsets[index + 1]);
  }

  text(): string {
    return this.blocks.join('') + this.pending.join('');
  }
}

type Segment = { start: number; chunk: UIMessageChunk } | DeltaRun;

function plainDelta(chunk: UIMessageChunk): chunk is Extract<UIMessageChunk, { type: DeltaType }> {
  // Only deltas with nothing but `type`, `id` and `delta` can be rebuilt exactly from the text.
  return (chunk.type === 'text-delta' || chunk.type === 'reasoning-delta') && Object.keys(chunk).length === 3;
}

/**
 * The append-only log of a run's chunks, indexed from 0. A long reply is mostly small text
 * deltas; they are kept as joined text with an offset table (about 2 bytes per character
 * instead of an object per delta), so a five-million-character reply stays replayable without
 * holding a million objects.
 */
export class ChunkLog {
  #segments: Segment[] = [];
  #length = 0;

  /** How many chunks were appended. */
  get length(): number {
    return this.#length;
  }

  /** Appends a chunk. */
  push(chunk: UIMessageChunk): void {
    const last = this.#segments.at(-1);
    if (plainDelta(chunk)) {
      if (last instanceof DeltaRun && last.type === chunk.type && last.id === chunk.id) {
        last.push(chunk.delta);
      } else {
        const run = new DeltaRun(this.#length, chunk.type, chunk.id);
        run.push(chunk.delta);
        this.#segments.push(run);
      }
    } else {
      this.#segments.push({ start: this.#length, chunk });
    }
    this.#length++;
  }

  /** The chunk at `index` (0-based), rebuilt as it was appended; undefined past the end. */
  at(index: number): UIMessageChunk | undefined {
    if (index < 0 || index >= this.#length) return undefined;
    let low = 0;
    let high = this.#segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#segments[middle] as Segment).start <= index) low = middle;
      else high = middle - 1;
    }
    const segment = this.#segments[low] as Segment;
    if (!(segment instanceof DeltaRun)) return segment.chunk;
    return { type: segment.type, id: segment.id, delta: segment.delta(index - segment.start) };
  }

  /** The chunks with each run of deltas merged into one: the same message in a few chunks. */
  compacted(): UIMessageChunk[] {
    return this.#segments.map((segment) =>
      segment instanceof DeltaRun
        ? { type: segment.type, id: segment.id, delta: segment.text() }
        : segment.chunk,
    );
  }
}
