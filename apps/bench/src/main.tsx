import { agentsV2, noxusV1 } from '@agent-chat/client';
import { QueryClient } from '@tanstack/react-query';
import type { UIMessage } from 'ai';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { KitApp, KitDataFrame, rowsHeld } from './kit.tsx';
import { endMarker } from './markdown-document.ts';
import {
  composerInput,
  domNodes,
  observeLongTasks,
  type RequestRecord,
  recordButtonClicks,
  recordFrameGaps,
  recordKeystrokeLatency,
  recordRequests,
  report,
  scrollFrames,
  sendThroughComposer,
  untilFrame,
} from './measure.ts';
import { renderMarkdown, renderPre, UseChatApp } from './naive.tsx';
import { AssistantUiApp } from './peers/assistant-ui.tsx';
import { renderStreamdown } from './peers/streamdown.tsx';
import { historyEndMarker, threadMessages } from './thread-messages.ts';
import './styles.css';

declare global {
  interface Window {
    /** Set once the reply's first characters are on screen: the runner starts typing then. */
    __benchStreaming?: boolean;
    /** Set once the composer is on screen: the runner types its message and clicks Send then. */
    __benchComposerReady?: boolean;
  }
}

const params = new URLSearchParams(window.location.search);
const scenario = params.get('scenario') ?? 'reply';
const variant = params.get('variant') ?? 'kit';
const container = document.getElementById('root') as HTMLElement;
const root = createRoot(container);
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Each contender mounted as its docs show, on the same bytes. */
function app(onCommit: () => void, initialMessages?: UIMessage[], unsized = false): ReactElement {
  switch (variant) {
    case 'kit':
    case 'kit-ahead':
      return (
        <KitApp
          backend={noxusV1({ baseUrl: `${location.origin}/mock`, agentId: 'mock-agent' })}
          onCommit={onCommit}
          initialMessages={initialMessages}
          unsized={unsized}
          createAhead={variant === 'kit-ahead'}
        />
      );
    case 'naive':
      return (
        <UseChatApp
          id="naive"
          renderText={renderMarkdown}
          onCommit={onCommit}
          initialMessages={initialMessages}
        />
      );
    case 'pre':
      return (
        <UseChatApp id="pre" renderText={renderPre} onCommit={onCommit} initialMessages={initialMessages} />
      );
    case 'streamdown':
      return (
        <UseChatApp
          id="streamdown"
          renderText={renderStreamdown}
          onCommit={onCommit}
          initialMessages={initialMessages}
        />
      );
    case 'assistant-ui':
      return <AssistantUiApp onCommit={onCommit} initialMessages={initialMessages} />;
    default:
      throw new Error(`unknown variant ${variant}`);
  }
}

/** One long reply, sent through the variant's own composer; the server decides burst or paced. */
async function replyScenario() {
  let commits = 0;
  root.render(
    app(() => {
      commits++;
    }),
  );
  recordKeystrokeLatency();
  const submit = await sendThroughComposer(container, 'Write the long document.');
  await nextFrame();
  commits = 0;
  const stopLongTasks = observeLongTasks();
  const stopFrames = recordFrameGaps();
  const start = performance.now();
  submit();
  void untilFrame(() => container.textContent?.includes('Benchmark reply') ?? false).then(() => {
    window.__benchStreaming = true;
  });
  await untilFrame(() => container.textContent?.includes(endMarker) ?? false);
  const totalMs = performance.now() - start;
  report({ totalMs, commits, ...stopFrames(), ...stopLongTasks() });
}

async function floorScenario() {
  const start = performance.now();
  const response = await fetch('/frames', { method: 'POST', body: '{}' });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
  }
  report({ totalMs: performance.now() - start, bytes });
}

/** The reply's stream request: noxusV1's `POST /v1/conversations/{id}/stream`, or useChat's `api`. */
const isStreamRequest = (url: string) =>
  variant.startsWith('kit')
    ? /^\/mock\/v1\/conversations\/[^/]+\/stream$/.test(new URL(url).pathname)
    : new URL(url).pathname === '/frames';

/**
 * The first message of a new conversation, typed and sent by the runner (keystrokes, then a click
 * on Send): the click event's timestamp → the page's call for the reply's stream request, and the
 * requests made in between (a conversation created on send).
 */
async function clickScenario() {
  const requests: RequestRecord[] = [];
  const streamRequest = new Promise<RequestRecord>((resolve) =>
    recordRequests((request) => {
      requests.push(request);
      if (isStreamRequest(request.url)) resolve(request);
    }),
  );
  const clicks = recordButtonClicks();
  root.render(app(() => {}));
  await composerInput(container);
  window.__benchComposerReady = true;
  const stream = await streamRequest;
  const click = clicks[0];
  if (click === undefined) throw new Error('the stream request came before any click');
  const made = (request: RequestRecord) => request.at >= click && request.at < stream.at;
  const pending = (request: RequestRecord) =>
    request.at < click && (request.settledAt === undefined || request.settledAt > click);
  // With BENCH_DEBUG the runner prints what the page asked for in between.
  console.debug(
    `requests between the click and the stream request: ${
      requests
        .filter(made)
        .map((request) => request.url)
        .join(', ') || 'none'
    }`,
  );
  // Marks for a profile's trace (the `blink.user_timing` category), on the same clock.
  performance.mark('bench:click', { startTime: click });
  performance.mark('bench:stream-request', { startTime: stream.at });
  report({
    clickToStreamMs: stream.at - click,
    requestsBefore: requests.filter(made).length,
    pendingAtClick: requests.filter(pending).length,
  });
}

/** A long history mounted at once: first message painted, last message in the DOM, DOM size. */
async function historyScenario() {
  const messages = threadMessages(Number(params.get('count') ?? 10000));
  const first = messages[0]?.parts[0];
  const firstText = first?.type === 'text' ? first.text.slice(0, 30) : '';
  await nextFrame();
  const start = performance.now();
  root.render(app(() => {}, messages, params.get('unsized') === '1'));
  await untilFrame(() => container.querySelector('textarea') !== null);
  let firstPaintMs = Number.NaN;
  let lastInDomMs = Number.NaN;
  const deadline = start + 60_000;
  await untilFrame(() => {
    const text = container.textContent ?? '';
    const now = performance.now();
    if (Number.isNaN(firstPaintMs) && (text.includes(firstText) || text.includes(historyEndMarker)))
      firstPaintMs = now - start;
    if (text.includes(historyEndMarker)) lastInDomMs = now - start;
    return !Number.isNaN(lastInDomMs) || now > deadline;
  });
  if (Number.isNaN(firstPaintMs)) firstPaintMs = lastInDomMs;
  report({ firstPaintMs, lastInDomMs, domNodes: domNodes() });
}

async function dataFrameScenario() {
  const backend = agentsV2({ baseUrl: `${location.origin}/mock/api/v2`, agentId: 'mock-agent' });
  const conversation = await backend.createConversation({ name: 'bench' });
  const large = params.get('size') === 'large';
  await backend.chat(conversation.id, { text: large ? '/dataframe-large' : '/dataframe' });
  const frames = await backend.dataFrames.list(conversation.id);
  const frame = frames[frames.length - 1];
  if (!frame) throw new Error('the mock made no data frame');
  const queryClient = new QueryClient();
  const rowSelector = '[data-slot="data-frame-row"]';
  root.render(
    <KitDataFrame
      backend={backend}
      queryClient={queryClient}
      conversationId={conversation.id}
      name={frame.name}
    />,
  );
  await untilFrame(() => container.querySelectorAll(rowSelector).length > 2);
  const scroller = container.querySelector<HTMLElement>('[data-slot="data-frame-scroll"]');
  if (!scroller) throw new Error('no data-frame scroll container');
  // Jump far into the frame, then scroll on from there.
  scroller.scrollTop = scroller.scrollHeight / 2;
  await untilFrame(() => container.querySelectorAll(rowSelector).length > 2);
  const result = await scrollFrames(scroller, 600);
  const domRows = container.querySelectorAll(rowSelector).length;
  const held = rowsHeld(queryClient);
  report({ rowCount: frame.rowCount ?? Number.NaN, domRows, rowsHeld: held, ...result });
}

const scenarios: Record<string, () => Promise<void>> = {
  floor: floorScenario,
  reply: replyScenario,
  history: historyScenario,
  click: clickScenario,
  dataframe: dataFrameScenario,
};

const run = scenarios[scenario];
if (!run) report({ error: `unknown scenario ${scenario}` });
else
  run().catch((error: unknown) =>
    report({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
