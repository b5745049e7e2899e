import { MockLanguageModelV4 } from 'ai/test';
import type { WeatherReport } from './ai-sdk-tools.ts';
import { type LongReply, parseLongReply } from './long-reply.ts';
import { defaultReply } from './markdown-text.ts';
import { deltasOf, pacedStream } from './paced-stream.ts';
import { newId } from './store.ts';

type ModelCall = Parameters<MockLanguageModelV4['doStream']>[0];
type ModelMessage = ModelCall['prompt'][number];
type ModelStreamPart =
  Awaited<ReturnType<MockLanguageModelV4['doStream']>>['stream'] extends ReadableStream<infer Part>
    ? Part
    : never;

/** What the user's last message asks the AI SDK platform for (see `aiSdkHelpText`). */
export type AiSdkCommand =
  | { kind: 'http-error'; status: number; detail: string }
  | {
      kind: 'reply';
      /** Drop the connection after this many events (the reply goes on and can be resumed). */
      cutAfter?: number;
      /** Follow-up suggestions sent as a `data-suggestions` part when the reply ends normally. */
      suggestions: string[];
      /** `/long`: streamed straight from a generator (see `longReplyChunks`), not by the model. */
      long?: LongReply;
    };

/** Pacing and variant of one reply. */
export interface AiSdkModelOptions {
  /** Milliseconds between ~4-character deltas; 0 streams as fast as the reader takes them. */
  tokenDelayMs: number;
  /** 1 for a first answer, 2 and up for regenerated ones (their text says `(version N)`). */
  version: number;
}

/** The `/help` reply of the AI SDK platform. */
export const aiSdkHelpText = `This AI SDK server plays a scenario picked from your message:

| message | reply |
| --- | --- |
| anything else | a markdown reply, then follow-up suggestions |
| \`/reasoning\` | reasoning, then the answer |
| \`/weather <city>\` | the \`getWeather\` tool (a weather card), then a summary |
| \`/approve [file]\`, "delete the file X" | the \`deleteFile\` tool, run only once you approve it |
| \`/pick-date\` | the \`askForDate\` tool that your browser answers |
| \`/long <chars> [<deltas per second>]\` | a long markdown reply |
| \`/error\` | some text, then an error |
| \`/500\` | the server fails with HTTP 500 before replying |
| \`/cut\` | the connection drops midway; the reply goes on and can be resumed |
| \`/slow [ms]\` | the first token after a delay (default 3000 ms) |
| \`/help\` | this table |`;

const defaultSuggestions = ['/weather Lisbon', 'Delete the file notes.txt', '/pick-date'];

function words(text: string): [string, string] {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  return space === -1
    ? [trimmed.toLowerCase(), '']
    : [trimmed.slice(0, space).toLowerCase(), trimmed.slice(space).trim()];
}

/** The file a deletion request names: `/approve notes.txt`, "delete the file notes.txt". */
export function fileToDelete(text: string): string | undefined {
  const [command, rest] = words(text);
  if (command === '/approve' || command === '/approval') return rest.split(/\s+/)[0] || 'notes.txt';
  return /\bdelete\s+(?:the\s+)?file\s+[`"']?([^\s`"']+)/i.exec(text)?.[1];
}

/** Decides, before any stream, whether a message gets a reply and which suggestions follow it. */
export function aiSdkCommand(text: string): AiSdkCommand {
  const [command, rest] = words(text);
  switch (command) {
    case '/long':
      return { kind: 'reply', suggestions: defaultSuggestions, long: parseLongReply(rest.split(/\s+/)) };
    case '/500':
      return { kind: 'http-error', status: 500, detail: 'The model failed before replying (mock /500).' };
    case '/cut':
      // About half the reply's events (one per ~4-character delta).
      return { kind: 'reply', cutAfter: Math.ceil(defaultReply.length / 8), suggestions: defaultSuggestions };
    case '/weather':
    case '/tool':
      return { kind: 'reply', suggestions: ['/weather Paris', '/weather Oslo', 'Thanks!'] };
    default:
      return { kind: 'reply', suggestions: defaultSuggestions };
  }
}

const usage = (characters: number) => ({
  inputTokens: { total: 12, noCache: 12, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: Math.ceil(characters / 4), text: undefined, reasoning: undefined },
});

function* textPart(kind: 'text' | 'reasoning', text: Iterable<string>): Generator<ModelStreamPart> {
  const id = `${kind}-1`;
  yield { type: `${kind}-start`, id };
  for (const delta of deltasOf(text)) yield { type: `${kind}-delta`, id, delta };
  yield { type: `${kind}-end`, id };
}

function* toolCall(toolName: string, input: Record<string, unknown>): Generator<ModelStreamPart> {
  const toolCallId = newId('call');
  const json = JSON.stringify(input);
  yield { type: 'tool-input-start', id: toolCallId, toolName };
  for (let index = 0; index < json.length; index += 6) {
    yield { type: 'tool-input-delta', id: toolCallId, delta: json.slice(index, index + 6) };
  }
  yield { type: 'tool-input-end', id: toolCallId };
  yield { type: 'tool-call', toolCallId, toolName, input: json };
  yield {
    type: 'finish',
    finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    usage: usage(json.length),
  };
}

function* answer(text: string, options: AiSdkModelOptions, reasoning = ''): Generator<ModelStreamPart> {
  const full = options.version > 1 ? `${text}\n\n*(version ${options.version})*` : text;
  if (reasoning) yield* textPart('reasoning', [reasoning]);
  yield* textPart('text', [full]);
  yield {
    type: 'finish',
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: usage(reasoning.length + full.length),
  };
}

const textOf = (message: ModelMessage | undefined): string =>
  message && Array.isArray(message.content)
    ? message.content.map((part) => (part.type === 'text' ? part.text : '')).join('')
    : '';

interface ToolResult {
  toolName: string;
  input: unknown;
  output: { type: string; value?: unknown; reason?: string };
}

/** The tool results the model has been given since the user's last message, with their calls' input. */
function toolResultsAfter(prompt: ModelMessage[], lastUser: number): ToolResult[] {
  const inputs = new Map<string, unknown>();
  const results: ToolResult[] = [];
  for (const message of prompt.slice(lastUser + 1)) {
    if (!Array.isArray(message.content)) continue;
    for (const part of message.content) {
      if (part.type === 'tool-call') inputs.set(part.toolCallId, part.input);
      if (part.type === 'tool-result') {
        results.push({
          toolName: part.toolName,
          input: inputs.get(part.toolCallId),
          output: part.output as ToolResult['output'],
        });
      }
    }
  }
  return results;
}

function afterTool(result: ToolResult, options: AiSdkModelOptions): Generator<ModelStreamPart> {
  const { output } = result;
  const value = (output.value ?? {}) as Record<string, unknown>;
  const input = (result.input ?? {}) as Record<string, unknown>;
  switch (result.toolName) {
    case 'getWeather': {
      const report = value as Partial<WeatherReport>;
      return answer(
        `It is **${report.temperatureC} °C** and ${report.condition} in ${report.city}.`,
        options,
      );
    }
    case 'deleteFile':
      return output.type === 'execution-denied'
        ? answer(`Understood, I did not delete \`${String(input.path)}\`; it is still there.`, options)
        : answer(`Done: I deleted \`${String(input.path)}\`.`, options);
    case 'askForDate':
      if (output.type === 'error-text' || output.type === 'error-json')
        return answer(
          `I could not get a date from you (${String(output.value)}), so nothing is booked.`,
          options,
        );
      return answer(
        `Thanks, I booked it for **${String(typeof output.value === 'string' ? output.value : value.date)}**.`,
        options,
      );
    default:
      return answer(`The tool ${result.toolName} answered.`, options);
  }
}

/** The first step of a reply to `text`: an answer, or a tool call the next step follows up. */
function firstStep(
  text: string,
  options: AiSdkModelOptions,
): { parts: Iterable<ModelStreamPart>; firstDelayMs?: number } {
  const [command, rest] = words(text);
  const file = fileToDelete(text);
  if (file) return { parts: toolCall('deleteFile', { path: file }) };
  switch (command) {
    case '/help':
      return { parts: answer(aiSdkHelpText, options) };
    case '/reasoning':
      return {
        parts: answer(
          'After thinking it over: **42** is the answer.',
          options,
          'The user wants a short answer. I will check the facts first, then reply briefly.',
        ),
      };
    case '/weather':
    case '/tool':
      return { parts: toolCall('getWeather', { city: rest || 'Lisbon' }) };
    case '/pick-date':
      return { parts: toolCall('askForDate', { question: 'Which date suits you?' }) };
    case '/error':
      return {
        parts: (function* () {
          yield* textPart('text', ['Let me look that up for you… ']);
          yield { type: 'error', error: new Error('The model provider failed (mock).') };
          yield { type: 'finish', finishReason: { unified: 'error', raw: 'error' }, usage: usage(0) };
        })(),
      };
    case '/slow':
      return {
        parts: answer('Sorry for the wait: the first token took a while on purpose.', options),
        firstDelayMs: Math.min(Math.max(Number(rest) || 3000, 0), 60_000),
      };
    default:
      return { parts: answer(defaultReply, options) };
  }
}

/**
 * A language model that plays the scenario of the user's last message, step by step: it looks
 * at the prompt `streamText` gives it, so after a tool result (run on the server, approved or
 * denied by the user, or sent back by the browser) it writes the answer that follows from it.
 */
export function scenarioModel(options: AiSdkModelOptions): MockLanguageModelV4 {
  return new MockLanguageModelV4({
    provider: 'agent-chat-mock',
    modelId: 'scenario-model',
    doStream: async ({ prompt, abortSignal }) => {
      let lastUser = -1;
      prompt.forEach((message, index) => {
        if (message.role === 'user') lastUser = index;
      });
      const result = toolResultsAfter(prompt, lastUser).at(-1);
      const step: { parts: Iterable<ModelStreamPart>; firstDelayMs?: number } = result
        ? { parts: afterTool(result, options) }
        : firstStep(textOf(prompt[lastUser]), options);
      const parts = (function* (): Generator<ModelStreamPart> {
        yield { type: 'stream-start', warnings: [] };
        yield* step.parts;
      })();
      return {
        stream: pacedStream(parts, {
          delayMs: options.tokenDelayMs,
          firstDelayMs: step.firstDelayMs ?? 0,
          ...(abortSignal ? { signal: abortSignal } : {}),
        }),
      };
    },
  });
}
