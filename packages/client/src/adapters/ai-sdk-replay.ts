import type { UIMessageChunk } from 'ai';
import { AgentChatError } from '../errors.ts';

/**
 * How much of a reply was handed out: text and reasoning characters per part id (deltas of one
 * part may be merged differently on each read, so they are counted in characters) and every
 * other chunk by number (those are never merged). A replay of the same reply hands out the same
 * sequence, so this much of it can be skipped.
 */
export interface ReplayCursor {
  /** The reply's `messageId`, when its `start` carried one. */
  messageId?: string;
  /** Chunks other than text and reasoning deltas. */
  chunks: number;
  /** Characters of text deltas, per part id. */
  text: Record<string, number>;
  /** Characters of reasoning deltas, per part id. */
  reasoning: Record<string, number>;
}

const PREFIX = 'ai-sdk-replay:';

/** A cursor at the start of a reply. */
export function emptyCursor(): ReplayCursor {
  return { chunks: 0, text: {}, reasoning: {} };
}

/** The cursor as a resume token (a string the chat transport keeps and hands back). */
export function cursorToToken(cursor: ReplayCursor): string {
  return PREFIX + JSON.stringify(cursor);
}

/** The cursor a token of {@link cursorToToken} holds; undefined for any other token. */
export function cursorFromToken(token: string | undefined): ReplayCursor | undefined {
  if (token === undefined || !token.startsWith(PREFIX)) return undefined;
  try {
    const value = JSON.parse(token.slice(PREFIX.length)) as Partial<ReplayCursor>;
    if (typeof value.chunks !== 'number') return undefined;
    return {
      ...(typeof value.messageId === 'string' ? { messageId: value.messageId } : {}),
      chunks: value.chunks,
      text: { ...value.text },
      reasoning: { ...value.reasoning },
    };
  } catch {
    return undefined;
  }
}

/** Count `chunk` into `cursor` as handed out. */
export function advanceCursor(cursor: ReplayCursor, chunk: UIMessageChunk): void {
  switch (chunk.type) {
    case 'text-delta':
      cursor.text[chunk.id] = (cursor.text[chunk.id] ?? 0) + chunk.delta.length;
      return;
    case 'reasoning-delta':
      cursor.reasoning[chunk.id] = (cursor.reasoning[chunk.id] ?? 0) + chunk.delta.length;
      return;
    case 'start':
      if (chunk.messageId !== undefined) cursor.messageId = chunk.messageId;
      cursor.chunks++;
      return;
    default:
      cursor.chunks++;
  }
}

/**
 * A filter over a replay of a reply that drops what `handedOut` says was already delivered and
 * returns the rest (the whole chunk, the unseen end of a delta, or nothing). A replay of another
 * reply (its `start` names another message) cannot be joined: that throws `interrupted`.
 */
export function skipReplayed(handedOut: ReplayCursor): (chunk: UIMessageChunk) => UIMessageChunk | undefined {
  const seen = emptyCursor();
  const skipDelta = (seenSoFar: number, delivered: number, delta: string): string => {
    if (seenSoFar >= delivered) return delta;
    return delta.slice(Math.min(delta.length, delivered - seenSoFar));
  };
  return (chunk) => {
    switch (chunk.type) {
      case 'text-delta': {
        const rest = skipDelta(seen.text[chunk.id] ?? 0, handedOut.text[chunk.id] ?? 0, chunk.delta);
        advanceCursor(seen, chunk);
        return rest === '' ? undefined : rest === chunk.delta ? chunk : { ...chunk, delta: rest };
      }
      case 'reasoning-delta': {
        const rest = skipDelta(
          seen.reasoning[chunk.id] ?? 0,
          handedOut.reasoning[chunk.id] ?? 0,
          chunk.delta,
        );
        advanceCursor(seen, chunk);
        return rest === '' ? undefined : rest === chunk.delta ? chunk : { ...chunk, delta: rest };
      }
      default: {
        if (
          chunk.type === 'start' &&
          handedOut.messageId !== undefined &&
          chunk.messageId !== undefined &&
          chunk.messageId !== handedOut.messageId
        ) {
          throw new AgentChatError({
            kind: 'interrupted',
            message:
              'The connection dropped and the server is now streaming another reply. What arrived is kept; retry.',
          });
        }
        const skip = seen.chunks < handedOut.chunks;
        advanceCursor(seen, chunk);
        return skip ? undefined : chunk;
      }
    }
  };
}
