// @vitest-environment node
import { noxusV1 } from '@agent-chat/client';
import { AgentChatProvider } from '@agent-chat/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';

// Server rendering (Next.js, Remix, …): nothing of the kit may touch `window` or `document`
// while its modules load or while a Thread renders to a string.
describe('on the server', () => {
  test('there is no DOM here', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  test('every module of the kit imports without a DOM', async () => {
    const modules = import.meta.glob([
      '../**/*.{ts,tsx}',
      '!../**/*.test.{ts,tsx}',
      '!../**/*.stories.tsx',
      '!../test-support/**',
    ]);
    const paths = Object.keys(modules);
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      await expect(modules[path]?.(), path).resolves.toBeDefined();
    }
  }, 120_000); // transforms the whole package on a shared machine

  test('renderToString of a Thread gives its markup', async () => {
    const { Thread } = await import('../index.ts');
    const backend = noxusV1({ baseUrl: 'http://127.0.0.1/agent-chat' });
    const html = renderToString(
      <AgentChatProvider backend={backend}>
        <Thread suggestions={['What can you do?']} />
      </AgentChatProvider>,
    );
    expect(html).toContain('data-slot="thread"');
    expect(html).toContain('What can you do?');
  });

  test('a message renders without the tool card and reasoning panel it loads on demand', async () => {
    const { Message } = await import('../index.ts');
    const html = renderToString(
      <Message
        message={{
          id: 'reply',
          role: 'assistant',
          parts: [
            { type: 'reasoning', text: 'Looking it up.', state: 'done' },
            {
              type: 'dynamic-tool',
              toolName: 'lookup',
              toolCallId: 'call-1',
              state: 'input-available',
              input: {},
            },
            { type: 'text', text: 'Found it.' },
          ],
        }}
      />,
    );
    expect(html).toContain('Found it.');
    // The first client render (hydration) draws them the same way: not until they have loaded.
    expect(html).not.toContain('data-slot="tool"');
    expect(html).not.toContain('Looking it up.');
  });
});
