import type { UIMessageChunk } from 'ai';
import type { StreamWarning } from '../backend.ts';

/** Where a {@link ChunkNormalizer} sends its output and its warnings. */
export interface ChunkNormalizerOptions {
  emit: (chunk: UIMessageChunk) => void;
  warn?: (warning: StreamWarning) => void;
  /**
   * The chunks continue a reply after a resume point: parts may have started before them, so
   * missing starts are expected (no warning), and ends, tool chunks and approval answers of parts
   * not seen here pass through for the caller, who saw the beginning, to join.
   */
  continuation?: boolean;
}

/** A tool call that has a part in the message being assembled. */
interface ToolCall {
  toolName: string;
  /** The step it was created in: a `reset-step` of that step removes its part. */
  step: number;
  /** Between `tool-input-start` and the complete input: input deltas may follow. */
  streamingInput: boolean;
  approvalIds: string[];
}

type ToolChunk = Extract<
  UIMessageChunk,
  { type: 'tool-output-available' | 'tool-output-error' | 'tool-output-denied' | 'tool-approval-request' }
>;

/** Tool name of a synthesised tool part when the server never named the tool. */
export const UNKNOWN_TOOL_NAME = 'unknown';

/**
 * Repairs a UI message chunk sequence so that the AI SDK's assembly (`readUIMessageStream`, the
 * `Chat` class) never throws on it nor discards what came before.
 *
 * - a missing `start` is synthesised before the first chunk;
 * - a `start` after the reply started (a late real one after a synthesised one, or a repeat) loses
 *   a `messageId` other than the one already sent: the SDK would otherwise reset the message and
 *   drop everything before it; what is left (metadata) goes on, an empty repeat is dropped;
 * - a `text-delta` / `reasoning-delta` whose part is not open (never started, or already ended)
 *   gets its `*-start` first, so its text is kept;
 * - a second `*-start` for a part that is already open is dropped (resumed streams repeat it);
 * - an `*-end` whose part is not open is dropped (passed on for a continuation);
 * - a `tool-input-delta` passes only while its call streams input (after `tool-input-start`,
 *   before `tool-input-available`); otherwise it is dropped: the complete input follows anyway;
 * - `tool-output-available` / `-error` / `-denied` and `tool-approval-request` for a call with no
 *   part get a `tool-input-available` first (a dynamic tool, named by the chunk's `toolName` if
 *   the server added one, else "unknown"), so the output is shown rather than fatal;
 * - a `tool-approval-response` for an approval never requested is dropped;
 * - `reset-step` forgets the parts the SDK forgets (open parts, input streams, the step's tools);
 * - open text and reasoning parts are closed before `finish` and by {@link ChunkNormalizer.end}.
 *
 * Nothing is ever delayed or reordered: every delta goes out as soon as it is pushed.
 */
export class ChunkNormalizer {
  readonly #emit: (chunk: UIMessageChunk) => void;
  readonly #warn: (warning: StreamWarning) => void;
  readonly #continuation: boolean;
  #started = false;
  #messageId: string | undefined;
  // Insertion order is kept so that parts are closed in the order they opened.
  readonly #openText = new Set<string>();
  readonly #openReasoning = new Set<string>();
  readonly #tools = new Map<string, ToolCall>();
  readonly #approvals = new Set<string>();
  #step = 0;

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
        this.#start(chunk);
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
          this.#orphan(chunk, `part "${chunk.id}", which is not open`);
          return;
        }
        this.#emit(chunk);
        return;
      case 'reasoning-end':
        if (!this.#openReasoning.delete(chunk.id)) {
          this.#orphan(chunk, `part "${chunk.id}", which is not open`);
          return;
        }
        this.#emit(chunk);
        return;
      case 'tool-input-start':
        this.#ensureStarted(chunk.type, expected);
        this.#tools.set(chunk.toolCallId, {
          toolName: chunk.toolName,
          step: this.#step,
          streamingInput: true,
          approvalIds: this.#tools.get(chunk.toolCallId)?.approvalIds ?? [],
        });
        this.#emit(chunk);
        return;
      case 'tool-input-delta':
        if (this.#tools.get(chunk.toolCallId)?.streamingInput !== true) {
          this.#orphan(chunk, `tool call "${chunk.toolCallId}", whose input is not streaming`);
          return;
        }
        this.#emit(chunk);
        return;
      case 'tool-input-available':
      case 'tool-input-error':
        this.#ensureStarted(chunk.type, expected);
        this.#tools.set(chunk.toolCallId, {
          toolName: chunk.toolName,
          step: this.#tools.get(chunk.toolCallId)?.step ?? this.#step,
          streamingInput: false,
          approvalIds: this.#tools.get(chunk.toolCallId)?.approvalIds ?? [],
        });
        this.#emit(chunk);
        return;
      case 'tool-approval-request':
      case 'tool-output-available':
      case 'tool-output-error':
      case 'tool-output-denied':
        this.#ensureStarted(chunk.type, expected);
        this.#toolResult(chunk);
        return;
      case 'tool-approval-response':
        if (!this.#approvals.has(chunk.approvalId)) {
          this.#orphan(chunk, `approval "${chunk.approvalId}", which was never requested`);
          return;
        }
        this.#emit(chunk);
        return;
      case 'start-step':
        this.#ensureStarted(chunk.type, expected);
        this.#step++;
        this.#emit(chunk);
        return;
      case 'reset-step':
        this.#ensureStarted(chunk.type, expected);
        this.#resetStep();
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

  #start(chunk: Extract<UIMessageChunk, { type: 'start' }>): void {
    if (!this.#started) {
      this.#started = true;
      this.#messageId = chunk.messageId;
      this.#emit(chunk);
      return;
    }
    if (chunk.messageId === undefined || chunk.messageId === this.#messageId) {
      this.#emit(chunk);
      return;
    }
    // Note: the SDK resets the message on a new messageId, dropping every part received so far.
    const { messageId, ...rest } = chunk;
    this.#warn({
      code: 'invalid-chunk',
      message: `Dropped the messageId "${messageId}" of a "start" that came after the reply started.`,
    });
    if (rest.messageMetadata !== undefined) this.#emit(rest);
  }

  #toolResult(chunk: ToolChunk): void {
    let call = this.#tools.get(chunk.toolCallId);
    if (call === undefined && !this.#continuation) {
      const named = (chunk as { toolName?: unknown }).toolName;
      const toolName = typeof named === 'string' && named !== '' ? named : UNKNOWN_TOOL_NAME;
      this.#synthesised(`tool-input-available for tool call "${chunk.toolCallId}"`);
      this.#emit({
        type: 'tool-input-available',
        toolCallId: chunk.toolCallId,
        toolName,
        input: undefined,
        dynamic: true,
      });
      call = { toolName, step: this.#step, streamingInput: false, approvalIds: [] };
      this.#tools.set(chunk.toolCallId, call);
    }
    if (call !== undefined) {
      call.streamingInput = false;
      if (chunk.type === 'tool-approval-request') {
        call.approvalIds.push(chunk.approvalId);
        this.#approvals.add(chunk.approvalId);
      }
    }
    this.#emit(chunk);
  }

  #resetStep(): void {
    this.#openText.clear();
    this.#openReasoning.clear();
    for (const [id, call] of this.#tools) {
      // The SDK forgets every input stream, and the parts of the step being reset.
      call.streamingInput = false;
      if (call.step !== this.#step) continue;
      this.#tools.delete(id);
      for (const approvalId of call.approvalIds) this.#approvals.delete(approvalId);
    }
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

  #orphan(chunk: UIMessageChunk, what: string): void {
    if (this.#continuation) {
      this.#ensureStarted(chunk.type, true);
      this.#emit(chunk);
      return;
    }
    this.#warn({ code: 'orphan-end', message: `Skipped "${chunk.type}" for ${what}.` });
  }
}
