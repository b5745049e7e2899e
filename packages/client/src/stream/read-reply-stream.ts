import type { UIMessageChunk } from 'ai';
import { createParser } from 'eventsource-parser';
import type { ReplyStream, StreamWarning } from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import { ChunkBatch } from './chunk-batch.ts';
import { ChunkNormalizer } from './chunk-normalizer.ts';
import { createFrameMapper, type FrameSink, TIMEOUT_MESSAGE, type WireFormat } from './frame-mappers.ts';

export type { WireFormat } from './frame-mappers.ts';

/** Options of {@link readReplyStream}. */
export interface ReadReplyStreamOptions {
  /** The shape of the SSE stream; `auto` reads AI SDK chunks, `{delta}` JSON and bare text alike. */
  format: WireFormat;
  /** Called for every tolerated protocol fault; the frame is skipped or repaired, never fatal. */
  onWarning?: (warning: StreamWarning) => void;
  /** Stops reading: the body is cancelled and the stream errors with kind `aborted`. */
  signal?: AbortSignal;
  /**
   * The body continues a reply after a resume token. Its parts may have started before it, so
   * missing starts are not reported and `*-end`s of parts it did not open pass through (the
   * chat transport joins them to the part that was cut).
   */
  continuation?: boolean;
}

/** Message of the `interrupted` error when the bytes stop before the reply's end. */
export const CONNECTION_DROPPED_MESSAGE =
  'The connection dropped before the reply finished. What arrived is kept; resume or retry.';

const ABORTED_MESSAGE = 'The reply was stopped before it finished.';

type ReadState = 'reading' | 'done' | 'failed' | 'closed';

const TAIL_LENGTH = 256;
// SSE drops events without data, yet servers end with a bare `event: done` (or `timeout`).
const BARE_END_EVENT = /(?:^|[\r\n])event: ?(done|timeout)[ \t]*(?:\r\n|\r|\n)(?:\r\n|\r|\n)$/;

/**
 * Read an SSE reply body into AI SDK UI message chunks, tolerating what real servers send.
 *
 * Bytes are decoded as streaming UTF-8 (a character split across reads is kept whole), split into
 * events by `eventsource-parser` (LF, CR and CRLF), mapped per `format`, repaired by
 * {@link ChunkNormalizer}, and handed out once per read of the body with consecutive deltas of a
 * part merged: the first token is never held back, and a burst of frames reaches the consumer as
 * few chunks. Decoding and parsing run inline in `pull` rather than through piped transform
 * streams, which would cost a promise hop per stage per read.
 *
 * `[DONE]`, a `finish` chunk or a `done` event end the stream. When the bytes stop before that,
 * every chunk already received is delivered first, then the stream errors with an
 * {@link AgentChatError} of kind `interrupted` (the `resumeToken` says where to continue).
 */
export function readReplyStream(
  body: ReadableStream<Uint8Array>,
  options: ReadReplyStreamOptions,
): ReplyStream {
  const { signal, onWarning } = options;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const batch = new ChunkBatch();
  let token: string | undefined;
  let state: ReadState = 'reading';
  let failure: AgentChatError | undefined;
  // At the end of the bytes an unterminated final event is honoured only when it ends the reply.
  let flushing = false;
  let endsWithNewline = false;
  let tail = '';
  let controllerRef: ReadableStreamDefaultController<UIMessageChunk> | undefined;

  const warn = (warning: StreamWarning) => {
    try {
      onWarning?.(warning);
    } catch {
      // A faulty listener must not break the reply it is told about.
    }
  };
  const normalizer = new ChunkNormalizer({
    emit: (chunk) => batch.push(chunk),
    warn,
    continuation: options.continuation ?? false,
  });
  const fail = (error: AgentChatError) => {
    if (state !== 'reading') return;
    state = 'failed';
    failure = error;
  };
  const sink: FrameSink = {
    chunk(chunk, expected) {
      if (state !== 'reading' || (flushing && chunk.type !== 'finish')) return;
      normalizer.push(chunk, expected);
      if (chunk.type === 'finish') state = 'done';
    },
    end() {
      if (state !== 'reading') return;
      normalizer.end();
      state = 'done';
    },
    interrupt(message) {
      fail(new AgentChatError({ kind: 'interrupted', message }));
    },
    warn,
  };
  const mapFrame = createFrameMapper(options.format, sink);
  const parser = createParser({
    onEvent(event) {
      if (state === 'reading') mapFrame(event);
    },
    onId(id) {
      if (state === 'reading' && !flushing) token = id;
    },
  });

  const feed = (text: string) => {
    if (text === '') return;
    const last = text.charCodeAt(text.length - 1);
    endsWithNewline = last === 10 || last === 13;
    tail = text.length >= TAIL_LENGTH ? text.slice(-TAIL_LENGTH) : (tail + text).slice(-TAIL_LENGTH);
    try {
      parser.feed(text);
    } catch (cause) {
      fail(
        new AgentChatError({
          kind: 'protocol',
          message: 'The reply stream could not be read. What arrived is kept; retry.',
          cause,
        }),
      );
    }
  };

  const endOnBareEvent = (text: string) => {
    const bareEnd = BARE_END_EVENT.exec(text)?.[1];
    if (bareEnd === 'done') sink.end();
    else if (bareEnd === 'timeout') sink.interrupt(TIMEOUT_MESSAGE);
  };

  const onAbort = () => {
    const controller = controllerRef;
    if (state === 'closed' || controller === undefined) return;
    state = 'closed';
    controller.error(
      new AgentChatError({ kind: 'aborted', message: ABORTED_MESSAGE, cause: signal?.reason }),
    );
    reader.cancel(signal?.reason).catch(() => {});
  };
  const finishReading = () => {
    signal?.removeEventListener('abort', onAbort);
    reader.cancel().catch(() => {});
  };

  const readOnce = async () => {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (cause) {
      if (signal?.aborted) onAbort();
      else fail(new AgentChatError({ kind: 'interrupted', message: CONNECTION_DROPPED_MESSAGE, cause }));
      return;
    }
    if (state !== 'reading') return;
    if (!result.done) {
      feed(decoder.decode(result.value, { stream: true }));
      // Once per read, not per frame: a server may keep the connection open after a bare `done`.
      if (state === 'reading' && endsWithNewline) endOnBareEvent(tail);
      return;
    }
    feed(decoder.decode());
    if (endsWithNewline && state === 'reading') {
      flushing = true;
      feed('\n');
    }
    if (state !== 'reading') return;
    // At the end of the bytes the final blank line may be missing too.
    endOnBareEvent(`${tail.replace(/[\r\n]+$/, '')}\n\n`);
    if (state !== 'reading') return;
    if (signal?.aborted) onAbort();
    else fail(new AgentChatError({ kind: 'interrupted', message: CONNECTION_DROPPED_MESSAGE }));
  };

  const stream = new ReadableStream<UIMessageChunk>(
    {
      start(controller) {
        controllerRef = controller;
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      },
      async pull(controller) {
        for (;;) {
          if (state === 'reading') await readOnce();
          // The state may have changed while the read was pending; re-read it.
          const current = state as ReadState;
          if (current === 'closed') return;
          const chunks = batch.take();
          for (const chunk of chunks) controller.enqueue(chunk);
          if (current === 'done') {
            state = 'closed';
            controller.close();
            finishReading();
            return;
          }
          if (current === 'failed') {
            // Erroring discards queued chunks, so the error waits for the next pull (queue drained).
            if (chunks.length > 0) return;
            state = 'closed';
            controller.error(failure);
            finishReading();
            return;
          }
          if (chunks.length > 0) return;
        }
      },
      cancel(reason) {
        state = 'closed';
        signal?.removeEventListener('abort', onAbort);
        return reader.cancel(reason).catch(() => {});
      },
    },
    { highWaterMark: 0 },
  );

  return { stream, resumeToken: () => token };
}
