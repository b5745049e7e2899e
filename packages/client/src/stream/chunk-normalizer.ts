import type { UIMessageChunk } from 'ai';
import type { StreamWarning } from '../backend.ts';

/** Where a {@link ChunkNormalizer} sends its output and its warnings. */
export interface ChunkNormalizerOptions {
  emit: (chunk: UIMessageChunk) => void;
  warn?: (warning: StreamWarning) => void;
  /**
   * The chunks continue a reply after a resume point: parts may have started before them, so
   * missing starts are expected (no warning) and ends of parts not seen here pass through for the
   * caller, who saw the beginning, to join.
   */
  continuation?: boolean;
}

/**
 * Repairs a UI message chunk sequence so that the AI SDK's assembly never throws on it.
 *
 * - a missing `start` is synthesised before the first chunk;
 * - a `text-delta` / `reasoning-delta` whose part never started gets its `*-start` first;
 * - a second `*-start` for a part that is already open is dropped (resumed streams repeat it);
 * - an `*-end` whose part is not open is dropped (passed on for a continuation);
 * - open text and reasoning parts are closed before `finish` and by {@link ChunkNormalizer.end}.
 *
 * Nothing is ever delayed or reordered: every delta goes out as soon as it is pushed.
 */
export class ChunkNormalizer {
  readonly #emit: (chunk: UIMessageChunk) => void;
  readonly #warn: (warning: StreamWarning) => void;
  readonly #continuation: boolean;
  #started = false;
  // Insertion order is kept so that parts are closed in the order they opened.
  readonly #openText = new Set<string>();
  readonly #openReasoning = new Set<string>();

  constructor(options: ChunkNormalizerOptions) {
    this.#emit = options.emit;
    this.#warn = options.warn ?? (() => {});
    this.#continuation = options.continuation ?? false;
  }

  /** True once a `start` went out (received or synthesised). */
  get started(): boolean {
    return this.#started;
  }

  /**
   * Take one chunk. With `expected`, synthesised starts are the format's normal shape (the simple
   * text stream has no starts of its own) and are not reported as warnings.
   */
  push(chunk: UIMessageChunk, expectedStart = false): void {
    const expected = expectedStart || this.#continuation;
    switch (chunk.type) {
      case 'start':
        this.#started = true;
        this.#emit(chunk);
        return;
      case 'text-start':
        this.#ensureStarted(chunk.type, expected);
        if (this.#openText.has(chunk.id)) return;
        this.#openText.add(chunk.id);
        this.#emit(chunk);
        return;
      case 'reasoning-start':
        this.#ensureStarted(chunk.type, expected);
        if (this.#openReasoning.has(chunk.id)) return;
        this.#openReasoning.add(chunk.id);
        this.#emit(chunk);
        return;
      case 'text-delta':
        this.#ensureStarted(chunk.type, expected);
        if (!this.#openText.has(chunk.id)) {
          this.#openText.add(chunk.id);
          if (!expected) this.#synthesised(`text-start for text part "${chunk.id}"`);
          this.#emit({ type: 'text-start', id: chunk.id });
        }
        this.#emit(chunk);
        return;
      case 'reasoning-delta':
        this.#ensureStarted(chunk.type, expected);
        if (!this.#openReasoning.has(chunk.id)) {
          this.#openReasoning.add(chunk.id);
          if (!expected) this.#synthesised(`reasoning-start for reasoning part "${chunk.id}"`);
          this.#emit({ type: 'reasoning-start', id: chunk.id });
        }
        this.#emit(chunk);
        return;
      case 'text-end':
        if (!this.#openText.delete(chunk.id)) {
          this.#orphan(chunk);
          return;
        }
        this.#emit(chunk);
        return;
      case 'reasoning-end':
        if (!this.#openReasoning.delete(chunk.id)) {
          this.#orphan(chunk);
          return;
        }
        this.#emit(chunk);
        return;
      case 'finish':
        this.#ensureStarted(chunk.type, expected);
        this.end();
        this.#emit(chunk);
        return;
      default:
        this.#ensureStarted(chunk.type, expected);
        this.#emit(chunk);
    }
  }

  /** Close every open text and reasoning part (the reply ended without closing them). */
  end(): void {
    for (const id of this.#openText) this.#emit({ type: 'text-end', id });
    this.#openText.clear();
    for (const id of this.#openReasoning) this.#emit({ type: 'reasoning-end', id });
    this.#openReasoning.clear();
  }

  #ensureStarted(type: string, expected: boolean): void {
    if (this.#started) return;
    this.#started = true;
    if (!expected) this.#synthesised(`start before "${type}"`);
    this.#emit({ type: 'start' });
  }

  #synthesised(what: string): void {
    this.#warn({
      code: 'synthesised-start',
      message: `The stream lacked a chunk the reply needs; added ${what}.`,
    });
  }

  #orphan(chunk: UIMessageChunk & { id: string }): void {
    if (this.#continuation) {
      this.#ensureStarted(chunk.type, true);
      this.#emit(chunk);
      return;
    }
    this.#warn({
      code: 'orphan-end',
      message: `Skipped "${chunk.type}" for part "${chunk.id}", which never started.`,
    });
  }
}
