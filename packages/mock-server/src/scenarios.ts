import {
  createUIMessageStream,
  simulateReadableStream,
  streamText,
  type UIMessageChunk,
  type UIMessageStreamWriter,
} from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { longReplyChunks, parseLongReply } from './long-reply.ts';
import { defaultReply, helpText } from './markdown-text.ts';
import { deltasOf, ITEMS_PER_TURN, pacedStream, sleep, yieldToEventLoop } from './paced-stream.ts';

/** What the conversation gains from a scenario besides the reply (files, data frames). */
export interface ScenarioEffects {
  addFile?(file: { name: string; mediaType: string; bytes: Uint8Array }): void;
  addDataFrame?(kind: 'small' | 'large'): string;
}

/** A reply to play, or an HTTP failure to answer with before any stream. */
export type Scenario =
  | { kind: 'http-error'; status: number; detail: string }
  | {
      kind: 'reply';
      /** Drop the connection after this many events (the run goes on). */
      cutAfter?: number;
      source: (signal: AbortSignal) => ReadableStream<UIMessageChunk>;
    };

/** Pacing of the scenarios. */
export interface ScenarioOptions {
  /** Milliseconds between deltas of ordinary replies. */
  tokenDelayMs: number;
}

class Script {
  #count = 0;
  constructor(
    readonly writer: UIMessageStreamWriter,
    readonly signal: AbortSignal,
    readonly delay: number,
  ) {}

  nextId(prefix: string): string {
    return `${prefix}-${++this.#count}`;
  }

  /**
   * Writes `text` (a string, or pieces generated as they are needed) as a text (or reasoning)
   * part in ~4-character deltas. Unpaced, it yields to the event loop between batches.
   */
  async text(
    text: string | Iterable<string>,
    kind: 'text' | 'reasoning' = 'text',
    delay = this.delay,
  ): Promise<void> {
    const id = this.nextId(kind);
    this.writer.write({ type: `${kind}-start`, id });
    let count = 0;
    for (const delta of deltasOf(typeof text === 'string' ? [text] : text)) {
      if (this.signal.aborted) break;
      this.writer.write({ type: `${kind}-delta`, id, delta });
      if (delay > 0) await sleep(delay, this.signal);
      else if (++count % ITEMS_PER_TURN === 0) await yieldToEventLoop();
    }
    if (!this.signal.aborted) this.writer.write({ type: `${kind}-end`, id });
  }
}

function stream(
  options: ScenarioOptions,
  body: (script: Script) => Promise<void>,
): (signal: AbortSignal) => ReadableStream<UIMessageChunk> {
  return (signal) =>
    createUIMessageStream({
      execute: async ({ writer }) => {
        const script = new Script(writer, signal, options.tokenDelayMs);
        writer.write({ type: 'start', messageId: newMessageId() });
        writer.write({ type: 'start-step' });
        await body(script);
        if (signal.aborted) return;
        writer.write({ type: 'finish-step' });
        writer.write({ type: 'finish', finishReason: 'stop' });
      },
    });
}

const newMessageId = () => `msg-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

type ModelStream = ReadableStream<{ type: string } & Record<string, unknown>>;

/**
 * A reply from `streamText` over the `ai` package's mock language model: the frames are exactly
 * what a real model's reply turns into, reasoning and text in ~4-character deltas.
 */
function modelReply(
  reasoning: string,
  text: string,
  delay: number,
  signal: AbortSignal,
): ReadableStream<UIMessageChunk> {
  const deltas = (kind: 'reasoning' | 'text', id: string, value: string) => [
    { type: `${kind}-start`, id },
    ...Array.from({ length: Math.ceil(value.length / 4) }, (_, index) => ({
      type: `${kind}-delta`,
      id,
      delta: value.slice(index * 4, index * 4 + 4),
    })),
    { type: `${kind}-end`, id },
  ];
  const chunks = [
    { type: 'stream-start', warnings: [] },
    ...(reasoning ? deltas('reasoning', 'reasoning-1', reasoning) : []),
    ...deltas('text', 'text-1', text),
    {
      type: 'finish',
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: {
        inputTokens: { total: 12, noCache: 12, cacheRead: 0, cacheWrite: 0 },
        outputTokens: {
          total: Math.ceil((reasoning.length + text.length) / 4),
          text: undefined,
          reasoning: undefined,
        },
      },
    },
  ];
  const model = new MockLanguageModelV4({
    doStream: async () => ({
      stream: simulateReadableStream({
        chunks,
        chunkDelayInMs: delay > 0 ? delay : null,
      }) as ModelStream as never,
    }),
  });
  return createUIMessageStream({
    execute: ({ writer }) => {
      writer.merge(
        streamText({ model, prompt: 'mock', abortSignal: signal }).toUIMessageStream({ sendReasoning: true }),
      );
    },
  });
}

function weatherInput(city: string): string {
  return JSON.stringify({ city, unit: 'celsius' });
}

const pixel =
  'data:image/svg+xml;base64,' +
  btoa(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#4f46e5"/><text x="60" y="46" font-size="16" text-anchor="middle" fill="#fff">chart</text></svg>',
  );

/** Picks the scenario a user message asks for (see `/help`). */
export function pickScenario(
  text: string,
  options: ScenarioOptions,
  effects: ScenarioEffects = {},
): Scenario {
  const [command = '', ...args] = text.trim().split(/\s+/);
  switch (command.toLowerCase()) {
    case '/500':
      return { kind: 'http-error', status: 500, detail: 'The agent failed before replying (mock /500).' };
    case '/help':
      return { kind: 'reply', source: stream(options, (s) => s.text(helpText)) };
    case '/reasoning':
      return {
        kind: 'reply',
        source: (signal) =>
          modelReply(
            'The user wants a short answer. I will check the facts first, then reply briefly.',
            'After thinking it over: **42** is the answer.',
            options.tokenDelayMs,
            signal,
          ),
      };
    case '/tool':
    case '/tool-error':
    case '/approval':
      return {
        kind: 'reply',
        source: stream(options, async (s) => {
          const toolCallId = s.nextId('call');
          const input = weatherInput('Lisbon');
          s.writer.write({ type: 'tool-input-start', toolCallId, toolName: 'get_weather' });
          for (let index = 0; index < input.length; index += 6) {
            s.writer.write({
              type: 'tool-input-delta',
              toolCallId,
              inputTextDelta: input.slice(index, index + 6),
            });
            await sleep(s.delay, s.signal);
          }
          s.writer.write({
            type: 'tool-input-available',
            toolCallId,
            toolName: 'get_weather',
            input: JSON.parse(input),
          });
          if (command === '/approval') {
            s.writer.write({ type: 'tool-approval-request', approvalId: s.nextId('approval'), toolCallId });
            return;
          }
          await sleep(s.delay * 4, s.signal);
          if (command === '/tool-error') {
            s.writer.write({
              type: 'tool-output-error',
              toolCallId,
              errorText: 'The weather service timed out (mock).',
            });
            await s.text('The weather service did not answer, so I cannot tell you the forecast.');
            return;
          }
          s.writer.write({
            type: 'tool-output-available',
            toolCallId,
            output: { city: 'Lisbon', temperature: 21, sky: 'sunny' },
          });
          await s.text('It is **21 °C** and sunny in Lisbon.');
        }),
      };
    case '/sources':
      return {
        kind: 'reply',
        source: stream(options, async (s) => {
          s.writer.write({
            type: 'source-url',
            sourceId: s.nextId('src'),
            url: 'https://ai-sdk.dev/docs',
            title: 'AI SDK docs',
          });
          s.writer.write({
            type: 'source-url',
            sourceId: s.nextId('src'),
            url: 'https://tanstack.com/query',
            title: 'TanStack Query',
          });
          s.writer.write({
            type: 'source-document',
            sourceId: s.nextId('src'),
            mediaType: 'application/pdf',
            title: 'Q3 report',
            filename: 'q3-report.pdf',
          });
          await s.text(
            'According to the sources above, the kit streams AI SDK frames and caches with TanStack Query.',
          );
        }),
      };
    case '/file':
      return {
        kind: 'reply',
        source: stream(options, async (s) => {
          effects.addFile?.({
            name: 'summary.csv',
            mediaType: 'text/csv',
            bytes: new TextEncoder().encode('region,units\nnorth,120\nsouth,95\n'),
          });
          s.writer.write({ type: 'file', url: pixel, mediaType: 'image/svg+xml' });
          await s.text('Here is the chart, and `summary.csv` is in the conversation files.');
        }),
      };
    case '/data':
      return {
        kind: 'reply',
        source: stream(options, async (s) => {
          s.writer.write({
            type: 'data-weather',
            id: 'weather-1',
            data: { city: 'Lisbon', status: 'loading' },
          });
          s.writer.write({
            type: 'data-notification',
            data: { message: 'Fetching the forecast…' },
            transient: true,
          });
          await sleep(s.delay * 4, s.signal);
          s.writer.write({
            type: 'data-weather',
            id: 'weather-1',
            data: { city: 'Lisbon', status: 'done', temperature: 21 },
          });
          await s.text('The weather card above was updated in place.');
        }),
      };
    case '/dataframe':
    case '/dataframe-large': {
      const large = command === '/dataframe-large';
      return {
        kind: 'reply',
        source: stream(options, async (s) => {
          const name = effects.addDataFrame?.(large ? 'large' : 'small') ?? 'unavailable';
          await s.text(
            large
              ? `I made the data frame \`${name}\` with **1,000,000 rows**. Open it from the data frames panel.`
              : `I made the data frame \`${name}\` with **500 rows** of sales. Open it from the data frames panel.`,
          );
        }),
      };
    }
    case '/long': {
      const { size, delayMs } = parseLongReply(args);
      return {
        kind: 'reply',
        source: (signal) => pacedStream(longReplyChunks(size, newMessageId()), { delayMs, signal }),
      };
    }
    case '/error':
      return {
        kind: 'reply',
        source: stream(options, async (s) => {
          await s.text('Let me look that up for you… ');
          s.writer.write({ type: 'error', errorText: 'The model provider failed (mock).' });
        }),
      };
    case '/cut':
      return {
        kind: 'reply',
        // About half the reply's events (one per ~4-character delta).
        cutAfter: Math.ceil(defaultReply.length / 8),
        source: (signal) => modelReply('', defaultReply, options.tokenDelayMs, signal),
      };
    case '/slow': {
      const wait = Math.min(Math.max(Number(args[0]) || 3000, 0), 60_000);
      return {
        kind: 'reply',
        source: stream(options, async (s) => {
          await sleep(wait, s.signal);
          await s.text('Sorry for the wait: the first token took a while on purpose.');
        }),
      };
    }
    default:
      return {
        kind: 'reply',
        source: (signal) => modelReply('', defaultReply, options.tokenDelayMs, signal),
      };
  }
}
