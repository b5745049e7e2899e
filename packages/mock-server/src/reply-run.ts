import { readUIMessageStream, type UIMessage, type UIMessageChunk } from 'ai';
import { ChunkLog } from './chunk-log.ts';

/** How a run's frames go on the wire: the SSE text of a chunk, or undefined to leave it out. */
export type RunEncoding = (chunk: UIMessageChunk, id: string) => string | undefined;

/** What a run does when its last reader goes away. */
export type RunState = 'running' | 'finished' | 'stopped';

interface Listener {
  wake(): void;
}

let runCounter = 0;

/** Characters of frames a reader takes in one go. */
const BATCH_CHARACTERS = 16 * 1024;
const encoder = new TextEncoder();

/**
 * One reply, generated independently of any HTTP response: every chunk is appended to a log
 * with the id `<runId>:<seq>`, so any number of readers can replay it from a given point and
 * follow it live. A reader that drops (or a `/cut`) leaves the run going; a reader that cancels
 * (the user pressed Stop) stops it.
 */
export class ReplyRun {
  readonly id = `run${++runCounter}${Math.random().toString(36).slice(2, 6)}`;
  readonly chunks = new ChunkLog();
  state: RunState = 'running';
  /** The assembled reply, once the run ended. */
  message: UIMessage | undefined;
  /** Resolves once the run ended and `onEnd` has stored its reply. */
  readonly done: Promise<UIMessage | undefined>;
  #ended!: (message: UIMessage | undefined) => void;
  #listeners = new Set<Listener>();
  #abort = new AbortController();
  #readers = 0;
  #graceTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `disconnectGraceMs`: when the last reader cancels (Stop, a closed tab, a reload), the run
   * stops unless a reader comes back within this time, as a real server keeps a run alive
   * briefly for a reconnecting client.
   */
  constructor(
    source: (signal: AbortSignal) => ReadableStream<UIMessageChunk>,
    readonly disconnectGraceMs = 3000,
    /** Stores the reply as it stands when the run ends (finished or stopped). */
    readonly onEnd: (message: UIMessage | undefined, run: ReplyRun) => void = () => {},
  ) {
    this.done = new Promise((resolve) => {
      this.#ended = resolve;
    });
    void this.#record(source(this.#abort.signal));
  }

  /** Event id of chunk `seq` (1-based). */
  eventId(seq: number): string {
    return `${this.id}:${seq}`;
  }

  /** Stops generating; what was produced stays. */
  stop(): void {
    if (this.state !== 'running') return;
    this.state = 'stopped';
    this.#abort.abort();
    this.#wake();
  }

  /**
   * A byte stream of the run's events after `afterSeq`, following it live until it ends.
   * `cutAfter` errors the stream after that many events (a dropped connection).
   * `stopOnCancel` makes a reader's cancel stop the run.
   */
  read(
    encode: RunEncoding,
    options: { afterSeq?: number; cutAfter?: number; stopOnCancel?: boolean; end?: () => Uint8Array[] } = {},
  ): ReadableStream<Uint8Array> {
    let seq = options.afterSeq ?? 0;
    let sent = 0;
    let listener: Listener | undefined;
    let attached = false;
    let cut = false;
    const detach = () => {
      if (!attached) return;
      attached = false;
      this.#readers--;
    };
    return new ReadableStream<Uint8Array>({
      start: () => {
        attached = true;
        this.#readers++;
        clearTimeout(this.#graceTimer);
      },
      pull: async (controller) => {
        if (cut) {
          detach();
          controller.error(new Error('connection cut by the mock server (/cut)'));
          return;
        }
        // Frames go out in batches, encoded once: one enqueue per small delta would cost more
        // than the delta.
        let batch = '';
        const flush = () => {
          if (batch) controller.enqueue(encoder.encode(batch));
        };
        for (;;) {
          if (seq < this.chunks.length) {
            const chunk = this.chunks.at(seq) as UIMessageChunk;
            seq++;
            batch += encode(chunk, this.eventId(seq)) ?? '';
            sent++;
            if (options.cutAfter !== undefined && sent >= options.cutAfter && this.state === 'running') {
              // The reader gets every frame up to the cut, then the error on its next read.
              flush();
              cut = true;
              return;
            }
            if (batch.length < BATCH_CHARACTERS) continue;
            flush();
            return;
          }
          // Everything logged so far is in the batch: send it now rather than wait for more.
          if (batch) {
            flush();
            return;
          }
          if (this.state !== 'running') {
            // `done` resolves once the reply is stored, so a reader sees the end only after that.
            await this.done;
            // The held-back `finish` lands once the reply is stored.
            if (seq < this.chunks.length) continue;
            for (const end of options.end?.() ?? []) controller.enqueue(end);
            detach();
            controller.close();
            return;
          }
          await new Promise<void>((resolve) => {
            listener = { wake: resolve };
            this.#listeners.add(listener);
          });
          if (listener) this.#listeners.delete(listener);
        }
      },
      cancel: () => {
        if (listener) this.#listeners.delete(listener);
        detach();
        if (options.stopOnCancel && this.#readers === 0 && this.state === 'running') {
          clearTimeout(this.#graceTimer);
          this.#graceTimer = setTimeout(() => {
            if (this.#readers === 0) this.stop();
          }, this.disconnectGraceMs);
        }
      },
    });
  }

  #wake(): void {
    for (const listener of [...this.#listeners]) listener.wake();
  }

  async #record(stream: ReadableStream<UIMessageChunk>): Promise<void> {
    const reader = stream.getReader();
    // `finish` is held back until the reply is stored: a client that reads it and then asks for
    // the history must find the reply there.
    let finish: UIMessageChunk | undefined;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (finish) this.chunks.push(finish);
        finish = value.type === 'finish' ? value : undefined;
        if (!finish) this.chunks.push(value);
        this.#wake();
      }
    } catch {
      // A stopped run ends its source with an abort; what was logged stays.
    }
    const message = await this.#assemble();
    this.message = message;
    try {
      this.onEnd(message, this);
    } finally {
      if (finish) this.chunks.push(finish);
      if (this.state === 'running') this.state = 'finished';
      this.#ended(message);
      this.#wake();
    }
  }

  /**
   * The reply as the AI SDK assembles it, from the log with each run of deltas merged: once at
   * the end instead of once per chunk, which would cost a message snapshot per delta.
   */
  async #assemble(): Promise<UIMessage | undefined> {
    const chunks = this.chunks.compacted();
    const stream = new ReadableStream<UIMessageChunk>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    let last: UIMessage | undefined;
    try {
      for await (const message of readUIMessageStream({ stream, terminateOnError: false })) last = message;
    } catch {
      // Keep what was assembled before a malformed chunk.
    }
    return last;
  }
}

/** Parses an event id `<runId>:<seq>`. */
export function parseEventId(token: string | undefined | null): { runId: string; seq: number } | undefined {
  if (!token) return undefined;
  const match = /^(.+):(\d+)$/.exec(token);
  if (!match) return undefined;
  return { runId: match[1] as string, seq: Number(match[2]) };
}
