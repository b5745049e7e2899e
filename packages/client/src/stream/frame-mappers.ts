import type { UIMessageChunk } from 'ai';
import type { EventSourceMessage } from 'eventsource-parser';
import type { StreamWarning } from '../backend.ts';
import { checkChunk } from './check-chunk.ts';

/** The stream shapes {@link createFrameMapper} reads; see docs/wire-formats.md. */
export type WireFormat = 'ui-message' | 'noxus-envelope' | 'simple-text' | 'auto';

/** What a frame mapper reports for each SSE event. */
export interface FrameSink {
  /** A chunk for the reply; `expected` marks starts the format leaves implicit (no warning). */
  chunk(chunk: UIMessageChunk, expected?: boolean): void;
  /** The server said the reply is complete. */
  end(): void;
  /** The server ended the reply early (e.g. a timeout event); `message` says what to do. */
  interrupt(message: string): void;
  warn(warning: StreamWarning): void;
}

/** Maps one SSE event onto the sink; never throws for bad input. */
export type FrameMapper = (event: EventSourceMessage) => void;

const FRAME_EXCERPT = 200;
// One text part per reply for formats that carry bare text (they have no part ids).
const TEXT_PART_ID = 'text-0';

/** Message of the interruption a Noxus `timeout` event causes. */
export const TIMEOUT_MESSAGE =
  'The server timed out before the reply finished. What arrived is kept; resume or retry.';

/** Build the mapper for one stream; mappers of the text formats keep per-stream state. */
export function createFrameMapper(format: WireFormat, sink: FrameSink): FrameMapper {
  switch (format) {
    case 'ui-message':
      return (event) => mapUiMessage(event, sink);
    case 'noxus-envelope':
      return (event) => mapEnvelope(event, sink);
    case 'simple-text':
      return createTextMapper(sink, false);
    case 'auto':
      return createTextMapper(sink, true);
  }
}

function excerpt(data: string): string {
  return data.length > FRAME_EXCERPT ? `${data.slice(0, FRAME_EXCERPT)}…` : data;
}

function parseJson(data: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(data) };
  } catch {
    return { ok: false };
  }
}

/** Pass a decoded value on as a chunk, or report why not. */
function forwardChunk(value: unknown, data: string, sink: FrameSink): void {
  const check = checkChunk(value);
  if (check === 'ok') {
    sink.chunk(value as UIMessageChunk);
    return;
  }
  const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  if (check === 'unknown') {
    sink.warn({
      code: 'unknown-chunk',
      message: `Skipped a chunk of unknown type "${String(type)}".`,
      frame: excerpt(data),
    });
    return;
  }
  sink.warn({
    code: 'invalid-chunk',
    message:
      typeof type === 'string'
        ? `Skipped a "${type}" chunk that lacks required fields.`
        : 'Skipped a frame that is not a chunk object with a string "type".',
    frame: excerpt(data),
  });
}

function mapUiMessage(event: EventSourceMessage, sink: FrameSink): void {
  const { data } = event;
  if (data === '[DONE]') {
    sink.end();
    return;
  }
  if (event.event === undefined || event.event === 'message') {
    // The hot path: one parse and one check per frame, no intermediate objects.
    let value: unknown;
    try {
      value = JSON.parse(data);
    } catch {
      sink.warn({
        code: 'malformed-json',
        message: 'Skipped a frame that is not valid JSON.',
        frame: excerpt(data),
      });
      return;
    }
    forwardChunk(value, data, sink);
    return;
  }
  // Other servers put their own events beside the frames; only a valid chunk is kept.
  const parsed = parseJson(data);
  if (parsed.ok && checkChunk(parsed.value) === 'ok') sink.chunk(parsed.value as UIMessageChunk);
  else if (event.event === 'error') {
    // A server's own error event still says why the reply failed: surface it, never drop it.
    sink.chunk({
      type: 'error',
      errorText: errorTextOf(parsed.ok ? parsed.value : data, 'The server reported an error.'),
    });
  } else unknownEvent(event, sink);
}

function unknownEvent(event: EventSourceMessage, sink: FrameSink): void {
  sink.warn({
    code: 'unknown-event',
    message: `Ignored an SSE event named "${event.event}".`,
    frame: excerpt(event.data),
  });
}

/** The text of an error frame, whichever field the server used. */
function errorTextOf(value: unknown, fallback: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of ['errorText', 'content', 'message', 'detail', 'error', 'text']) {
      const field = record[key];
      if (typeof field === 'string' && field !== '') return field;
    }
  }
  return fallback;
}

function mapEnvelope(event: EventSourceMessage, sink: FrameSink): void {
  const { data } = event;
  switch (event.event) {
    case 'done':
      sink.end();
      return;
    case 'timeout':
      sink.interrupt(TIMEOUT_MESSAGE);
      return;
    case 'error': {
      const parsed = parseJson(data);
      sink.chunk({
        type: 'error',
        errorText: errorTextOf(parsed.ok ? parsed.value : data, 'The server reported an error.'),
      });
      return;
    }
    case undefined:
    case 'message':
      break;
    default:
      unknownEvent(event, sink);
      return;
  }
  if (data === '[DONE]') {
    sink.end();
    return;
  }
  const parsed = parseJson(data);
  if (!parsed.ok) {
    sink.warn({
      code: 'malformed-json',
      message: 'Skipped a frame that is not valid JSON.',
      frame: excerpt(data),
    });
    return;
  }
  const value = parsed.value;
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { event?: unknown }).event === 'string'
  ) {
    const envelope = value as { event: string; data?: unknown };
    const fields = typeof envelope.data === 'object' && envelope.data !== null ? envelope.data : {};
    forwardChunk({ ...fields, type: envelope.event }, data, sink);
    return;
  }
  // A bare chunk where an envelope was expected: accept it as it stands.
  forwardChunk(value, data, sink);
}

function stringField(record: Record<string, unknown>): string | undefined {
  if (typeof record.delta === 'string') return record.delta;
  if (typeof record.content === 'string') return record.content;
  if (typeof record.text === 'string') return record.text;
  return undefined;
}

/**
 * The simple chunk stream of platform 004, and with `auto` the v2 mix: AI SDK chunks pass as they
 * are, `{delta|content|text}` JSON and bare `data:` text become text deltas.
 *
 * Text comes only from frames that carry text: `type: "text"` (or a `text-delta`), or frames with
 * no type at all. A frame of any other type (`thinking`, `tool_call`, `status`…) is not listed by
 * the platform and is skipped with a warning, even when it has a `content` field; so is an SSE
 * event of a name other than `message`, `done` or `error` (in `auto`, unless it holds a chunk).
 */
function createTextMapper(sink: FrameSink, auto: boolean): FrameMapper {
  let finished = false;
  const text = (delta: string) => {
    if (delta !== '') sink.chunk({ type: 'text-delta', id: TEXT_PART_ID, delta }, true);
  };
  const finish = () => {
    if (!finished) {
      finished = true;
      sink.chunk({ type: 'finish' }, true);
    }
    sink.end();
  };
  return (event) => {
    const { data } = event;
    if (data === '[DONE]' || event.event === 'done') {
      finish();
      return;
    }
    if (event.event === 'error') {
      const parsed = parseJson(data);
      sink.chunk({ type: 'error', errorText: errorTextOf(parsed.ok ? parsed.value : data, data) }, true);
      return;
    }
    const parsed = parseJson(data);
    if (event.event !== undefined && event.event !== 'message') {
      if (auto && parsed.ok && checkChunk(parsed.value) === 'ok') sink.chunk(parsed.value as UIMessageChunk);
      else unknownEvent(event, sink);
      return;
    }
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) {
      if (parsed.ok && typeof parsed.value === 'string') text(parsed.value);
      else if (auto) text(data);
      else {
        sink.warn({
          code: parsed.ok ? 'invalid-chunk' : 'malformed-json',
          message: 'Skipped a frame that is not a JSON chunk.',
          frame: excerpt(data),
        });
      }
      return;
    }
    const record = parsed.value as Record<string, unknown>;
    const type = record.type;
    if (auto && typeof type === 'string' && checkChunk(record) === 'ok') {
      sink.chunk(record as UIMessageChunk);
      return;
    }
    switch (type) {
      case 'text':
      case 'text-delta':
        text(stringField(record) ?? '');
        return;
      case 'done':
        finish();
        return;
      case 'error':
        sink.chunk({ type: 'error', errorText: errorTextOf(record, 'The server reported an error.') }, true);
        return;
      case undefined: {
        const delta = stringField(record);
        if (delta !== undefined) {
          text(delta);
          return;
        }
        sink.warn({
          code: 'invalid-chunk',
          message: 'Skipped a frame with neither a type nor text.',
          frame: excerpt(data),
        });
        return;
      }
      default:
        sink.warn({
          code: 'unknown-chunk',
          message: `Skipped a frame of unknown type "${String(type)}".`,
          frame: excerpt(data),
        });
    }
  };
}
