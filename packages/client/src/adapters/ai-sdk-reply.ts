import type { UIMessage, UIMessageChunk } from 'ai';
import type { ReplyStream } from '../backend.ts';
import { isAgentChatError } from '../errors.ts';
import { generateId } from '../generate-id.ts';
import { ChunkBatch } from '../stream/chunk-batch.ts';
import {
  advanceCursor,
  cursorToToken,
  emptyCursor,
  type ReplayCursor,
  skipReplayed,
} from './ai-sdk-replay.ts';

/** Options of {@link observedReply}. */
export interface ObservedReplyOptions {
  /** The stream is a replay of a reply of which this much was already handed out: skip it. */
  handedOut?: ReplayCursor;
  /** The assistant message this reply continues (after tool answers), as the AI SDK assembles it. */
  continues?: UIMessage;
  /** Called once with the assembled reply when the stream ends, is cancelled or is aborted. */
  onReply: (message: UIMessage) => Promise<void>;
}

/** A reply handed out to a reader, and the whole message the AI SDK assembles from it. */
export interface ObservedReply {
  reply: ReplyStream;
  /** The assembled reply, once the stream ended and `onReply` ran; rejects when the stream was cut. */
  message: Promise<UIMessage>;
}

/** The message the AI SDK's `readUIMessageStream` assembles from `chunks`. */
async function assemble(
  chunks: UIMessageChunk[],
  continues: UIMessage | undefined,
  fallbackId: string,
): Promise<UIMessage> {
  // note: imported on demand, so the `ai` package stays out of an app's first load.
  const { assembleMessage } = await import('./ai-sdk-assemble.ts');
  const whole = (await assembleMessage(chunks, continues)) ?? { id: '', role: 'assistant', parts: [] };
  // A server that names no message leaves the id empty; the AI SDK's Chat gives it one too.
  return whole.id === '' ? { ...whole, id: fallbackId } : whole;
}

/**
 * Hand out `source` chunk by chunk and keep what passes, so that the AI SDK's own
 * `readUIMessageStream` assembles the whole reply once it ends (observed, never read twice).
 * Deltas are kept merged and assembled once at the end rather than per chunk: the chat
 * that reads the stream already pays that per-chunk cost, and it is the cost that dominates a
 * long reply. The resume token is a {@link ReplayCursor}: an AI SDK server replays a resumed
 * reply from its start, and the cursor says how much of that replay to skip. A replay is kept
 * whole, so the message is complete even when this stream hands out only its end.
 */
export function observedReply(
  source: ReadableStream<UIMessageChunk>,
  options: ObservedReplyOptions,
): ObservedReply {
  const { handedOut, continues, onReply } = options;
  const skip = handedOut === undefined ? undefined : skipReplayed(handedOut);
  const cursor = handedOut === undefined ? emptyCursor() : structuredClone(handedOut);
  const reader = source.getReader();
  const kept = new ChunkBatch();
  // One id for every save of this reply, so that a later save replaces an earlier one.
  const fallbackId = generateId();
  let finished = false;

  let settle!: { resolve: (message: UIMessage) => void; reject: (error: unknown) => void };
  const message = new Promise<UIMessage>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A caller that never asks for the message must not see an unhandled rejection.
  message.catch(() => {});
  const finish = async () => {
    if (finished) return;
    finished = true;
    try {
      const whole = await assemble(kept.take(), continues, fallbackId);
      await onReply(whole);
      settle.resolve(whole);
    } catch (error) {
      settle.reject(error);
    }
  };

  // The AI SDK's Chat stops reading at an `error` chunk, so the reply is saved as it stands then.
  const saveSoFar = async () => {
    const chunks = kept.take();
    for (const chunk of chunks) kept.push(chunk);
    try {
      await onReply(await assemble(chunks, continues, fallbackId));
    } catch {
      // The save at the end (if the reader gets there) tries again.
    }
  };

  const stream = new ReadableStream<UIMessageChunk>(
    {
      async pull(controller) {
        for (;;) {
          let result: ReadableStreamReadResult<UIMessageChunk>;
          let out: UIMessageChunk | undefined;
          try {
            result = await reader.read();
            if (result.done) {
              await finish();
              controller.close();
              return;
            }
            out = skip === undefined ? result.value : skip(result.value);
          } catch (error) {
            reader.cancel(error).catch(() => {});
            if (isAgentChatError(error) && error.kind === 'aborted') {
              // Stopped: what arrived is the reply, as the AI SDK's Chat keeps it.
              await finish();
            } else {
              // A cut reply is not saved: its resume keeps and assembles the whole reply again.
              finished = true;
              settle.reject(error);
            }
            controller.error(error);
            return;
          }
          // A copy, because the batch merges deltas into the chunk it holds last.
          kept.push({ ...result.value });
          if (result.value.type === 'error') await saveSoFar();
          if (out === undefined) continue;
          advanceCursor(cursor, out);
          controller.enqueue(out);
          return;
        }
      },
      async cancel(reason) {
        // Stopped by its reader: what arrived is the reply, as the AI SDK's Chat keeps it.
        await reader.cancel(reason).catch(() => {});
        await finish();
      },
    },
    { highWaterMark: 0 },
  );

  return { reply: { stream, resumeToken: () => cursorToToken(cursor) }, message };
}
