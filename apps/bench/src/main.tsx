import { agentsV2, noxusV1 } from '@agent-chat/client';
import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { KitDataFrame, KitReply, KitThread, rowsHeld } from './kit.tsx';
import { endMarker } from './markdown-document.ts';
import { domNodes, observeLongTasks, report, scrollFrames, untilFrame } from './measure.ts';
import { NaiveReply, NaiveThread } from './naive.tsx';
import { threadMessages } from './thread-messages.ts';
import './styles.css';

const params = new URLSearchParams(window.location.search);
const scenario = params.get('scenario') ?? 'kit-reply';
const container = document.getElementById('root') as HTMLElement;
const root = createRoot(container);
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function replyScenario(kind: 'kit' | 'naive') {
  let commits = 0;
  const onCommit = () => {
    commits++;
  };
  const send = await new Promise<() => void>((resolve) => {
    const element =
      kind === 'kit' ? (
        <KitReply
          backend={noxusV1({ baseUrl: `${location.origin}/mock`, agentId: 'mock-agent' })}
          onCommit={onCommit}
          onReady={resolve}
        />
      ) : (
        <NaiveReply onCommit={onCommit} onReady={resolve} />
      );
    root.render(element);
  });
  await nextFrame();
  commits = 0;
  const stopLongTasks = observeLongTasks();
  const start = performance.now();
  send();
  const done = await untilFrame(() => container.textContent?.includes(endMarker) ?? false);
  const totalMs = performance.now() - start;
  report({ totalMs, commits, frames: done.frames, ...stopLongTasks() });
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

async function threadScenario(kind: 'kit' | 'naive') {
  const messages = threadMessages(Number(params.get('count') ?? 10000));
  await nextFrame();
  const start = performance.now();
  root.render(kind === 'kit' ? <KitThread messages={messages} /> : <NaiveThread messages={messages} />);
  await untilFrame(() => container.querySelector('article, [data-slot="message"], p') !== null);
  const firstRenderMs = performance.now() - start;
  const scroller =
    container.querySelector<HTMLElement>('[data-slot="message-list-viewport"]') ??
    container.querySelector<HTMLElement>('[data-testid="thread-root"]');
  if (!scroller) throw new Error('no scroll container');
  scroller.scrollTop = 0;
  const nodes = domNodes();
  const frames = await scrollFrames(scroller, 400);
  report({ firstRenderMs, domNodes: nodes, ...frames });
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
  'kit-reply': () => replyScenario('kit'),
  'naive-reply': () => replyScenario('naive'),
  'kit-thread': () => threadScenario('kit'),
  'naive-thread': () => threadScenario('naive'),
  'kit-dataframe': dataFrameScenario,
};

const run = scenarios[scenario];
if (!run) report({ error: `unknown scenario ${scenario}` });
else
  run().catch((error: unknown) =>
    report({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
