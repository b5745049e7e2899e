import { act, cleanup, render, screen } from '@testing-library/react';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from './en.ts';
import { loadMessages } from './load-messages.ts';
import { AgentChatLocaleProvider, useMessages } from './locale-context.tsx';
import type { AgentChatMessages } from './messages.ts';

// Arabic is counted when its module is fetched; Portuguese fails to load, as on a dropped network.
const arabicImports = vi.hoisted(() => ({ count: 0 }));
vi.mock('./ar.ts', async (importOriginal) => {
  arabicImports.count++;
  return importOriginal();
});
vi.mock('./pt.ts', () => ({
  get pt() {
    throw new Error('Failed to fetch dynamically imported module: pt.js');
  },
}));

afterEach(cleanup);

// A whole translation of the app's own (every key), spelled here so this file never imports ar.ts.
const arabic: AgentChatMessages = { ...en, send: 'إرسال', stop: 'إيقاف' };

function SendButton() {
  return <button type="button">{useMessages().send}</button>;
}

class Boundary extends React.Component<{ children: React.ReactNode }, { error?: unknown }> {
  state: { error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    if (this.state.error === undefined) return this.props.children;
    return <p role="alert">{String(this.state.error)}</p>;
  }
}

describe('AgentChatLocaleProvider with complete messages', () => {
  it('renders them at once and loads nothing', async () => {
    render(
      <AgentChatLocaleProvider locale="ar" messages={arabic}>
        <SendButton />
      </AgentChatLocaleProvider>,
    );
    expect(screen.getByRole('button', { name: 'إرسال' })).not.toBeNull();
    // Every import started so far has settled: a load the render began would have counted by now.
    await vi.dynamicImportSettled();
    expect(arabicImports.count).toBe(0);
  });

  it('renders on the server without suspending', () => {
    const html = renderToString(
      <AgentChatLocaleProvider locale="ar" messages={arabic}>
        <SendButton />
      </AgentChatLocaleProvider>,
    );
    expect(html).toBe('<button type="button">إرسال</button>');
    expect(arabicImports.count).toBe(0);
  });
});

describe('a translation that fails to load', () => {
  it('reaches the nearest error boundary instead of waiting forever', async () => {
    await act(async () => {
      render(
        <Boundary>
          <React.Suspense fallback={<p>…</p>}>
            <AgentChatLocaleProvider locale="pt-BR">
              <SendButton />
            </AgentChatLocaleProvider>
          </React.Suspense>
        </Boundary>,
      );
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/pt\.js/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('rejects loadMessages, and a later call tries again', async () => {
    const first = loadMessages('pt');
    await expect(first).rejects.toThrow(/pt\.js/);
    const second = loadMessages('pt');
    expect(second).not.toBe(first);
    await expect(second).rejects.toThrow(/pt\.js/);
  });
});
