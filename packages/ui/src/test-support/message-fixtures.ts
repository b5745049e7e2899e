import type { UIMessage } from 'ai';
import { GFM_SAMPLE } from './sample-markdown.ts';

/** Sample messages covering every part type and tool state, shared by tests and stories. */
export const userMessage: UIMessage = {
  id: 'u1',
  role: 'user',
  parts: [{ type: 'text', text: 'Summarise the **Q3 report** and chart revenue by region.' }],
};

export const assistantMarkdown: UIMessage = {
  id: 'a1',
  role: 'assistant',
  parts: [{ type: 'step-start' }, { type: 'text', text: GFM_SAMPLE, state: 'done' }],
};

export const reasoningDone: UIMessage = {
  id: 'a2',
  role: 'assistant',
  parts: [
    {
      type: 'reasoning',
      text: 'The user wants a summary. I should read the **report** first.',
      state: 'done',
    },
    { type: 'text', text: 'Here is the summary.', state: 'done' },
  ],
};

export const reasoningStreaming: UIMessage = {
  id: 'a3',
  role: 'assistant',
  parts: [
    { type: 'reasoning', text: 'Looking at the regions one by one: North grew, South', state: 'streaming' },
  ],
};

const input = { region: 'North', quarter: 'Q3' };

/** One assistant message per tool state. */
export const toolMessages: Record<string, UIMessage> = {
  'input-streaming': {
    id: 't1',
    role: 'assistant',
    parts: [{ type: 'tool-getSales', toolCallId: 'c1', state: 'input-streaming', input: { region: 'No' } }],
  },
  'input-available': {
    id: 't2',
    role: 'assistant',
    parts: [{ type: 'tool-getSales', toolCallId: 'c2', state: 'input-available', input }],
  },
  'approval-requested': {
    id: 't3',
    role: 'assistant',
    parts: [
      {
        type: 'dynamic-tool',
        toolName: 'deleteFile',
        toolCallId: 'c3',
        state: 'approval-requested',
        input: { path: '/reports/q3.csv' },
        approval: { id: 'approval-1' },
      },
    ],
  },
  'output-available': {
    id: 't4',
    role: 'assistant',
    parts: [
      {
        type: 'tool-getSales',
        toolCallId: 'c4',
        state: 'output-available',
        input,
        output: { total: 1200, currency: 'EUR', rows: [{ month: 'July', value: 400 }] },
      },
    ],
  },
  'output-error': {
    id: 't5',
    role: 'assistant',
    parts: [
      {
        type: 'tool-getSales',
        toolCallId: 'c5',
        state: 'output-error',
        input,
        errorText: 'Database timed out after 30 s.',
      },
    ],
  },
  'output-denied': {
    id: 't6',
    role: 'assistant',
    parts: [
      {
        type: 'dynamic-tool',
        toolName: 'deleteFile',
        toolCallId: 'c6',
        state: 'output-denied',
        input: { path: '/reports/q3.csv' },
        approval: { id: 'approval-2', approved: false, reason: 'Not now' },
      },
    ],
  },
};

export const sourcesMessage: UIMessage = {
  id: 's1',
  role: 'assistant',
  parts: [
    { type: 'text', text: 'Revenue grew 12% [1][2].', state: 'done' },
    { type: 'source-url', sourceId: 'src1', url: 'https://www.example.com/q3-report', title: 'Q3 report' },
    { type: 'source-url', sourceId: 'src2', url: 'https://news.example.org/markets' },
    { type: 'source-url', sourceId: 'src3', url: 'javascript:alert(1)', title: 'Unsafe source' },
    {
      type: 'source-document',
      sourceId: 'src4',
      mediaType: 'application/pdf',
      title: 'Board deck',
      filename: 'deck.pdf',
    },
  ],
};

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const filesMessage: UIMessage = {
  id: 'f1',
  role: 'user',
  parts: [
    { type: 'file', mediaType: 'image/png', url: PIXEL, filename: 'chart.png' },
    {
      type: 'file',
      mediaType: 'application/pdf',
      url: 'https://example.com/files/report.pdf',
      filename: 'report.pdf',
    },
    { type: 'file', mediaType: 'text/csv', url: 'javascript:alert(1)', filename: 'evil.csv' },
    { type: 'text', text: 'Here are the files.' },
  ],
};

export const dataMessage: UIMessage = {
  id: 'd1',
  role: 'assistant',
  parts: [
    { type: 'data-weather', id: 'w1', data: { city: 'Berlin', celsius: 21 } },
    { type: 'data-unknown', data: { nested: { values: [1, 2, 3] } } },
  ],
};

export const streamingMessage: UIMessage = {
  id: 'st1',
  role: 'assistant',
  parts: [
    {
      type: 'text',
      text: 'Working through the numbers: **North** is up, and the `South',
      state: 'streaming',
    },
  ],
};

export const emptyAssistant: UIMessage = { id: 'e1', role: 'assistant', parts: [] };
