import { act, cleanup, render, screen } from '@testing-library/react';
import * as React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { loadMessages } from './load-messages.ts';
import { AgentChatLocaleProvider, useLocale, useMessages } from './locale-context.tsx';
import { pt } from './pt.ts';

afterEach(cleanup);

/** Everything rendered and put on screen while a test runs, in order. */
interface Log {
  /** The Send label and direction of each render below the provider. */
  rendered: string[];
  /** The document's text after each commit. */
  shown: string[];
  /** Each render of the Suspense fallback. */
  fallbacks: number;
}

const newLog = (): Log => ({ rendered: [], shown: [], fallbacks: 0 });

function Probe({ log }: { log: Log }) {
  const messages = useMessages();
  const { dir } = useLocale();
  log.rendered.push(`${messages.send} ${dir}`);
  React.useLayoutEffect(() => {
    log.shown.push(document.body.textContent ?? '');
  });
  return <button type="button">{messages.send}</button>;
}

function Fallback({ log }: { log: Log }) {
  log.fallbacks++;
  return <p>…</p>;
}

function Page({ locale, log }: { locale: string; log: Log }) {
  return (
    <React.Suspense fallback={<Fallback log={log} />}>
      <AgentChatLocaleProvider locale={locale}>
        <Probe log={log} />
      </AgentChatLocaleProvider>
    </React.Suspense>
  );
}

describe('AgentChatLocaleProvider', () => {
  it('shows a language that loads on demand with nothing in English before it', async () => {
    const log = newLog();
    // Awaited: React retries a render that suspended inside act() only when the act is awaited.
    await act(async () => {
      render(<Page locale="ar-EG" log={log} />);
    });
    expect(await screen.findByRole('button', { name: ar.send })).not.toBeNull();
    expect(log.fallbacks).toBeGreaterThan(0); // it did wait for Arabic
    expect(log.rendered.length).toBeGreaterThan(0);
    for (const text of log.rendered) expect(text).toBe(`${ar.send} rtl`);
    for (const text of log.shown) expect(text).not.toContain(en.send);
  });

  it('keeps the current language on screen while the next one loads, then switches', async () => {
    const log = newLog();
    const { rerender } = render(<Page locale="en" log={log} />);
    expect(screen.getByRole('button', { name: en.send })).not.toBeNull();
    await act(async () => {
      rerender(<Page locale="pt" log={log} />);
    });
    expect(await screen.findByRole('button', { name: pt.send })).not.toBeNull();
    expect(log.fallbacks).toBe(0); // the English screen was never replaced by the fallback
    expect(new Set(log.rendered)).toEqual(new Set([`${en.send} ltr`, `${pt.send} ltr`]));
    expect(log.shown.at(-1)).toBe(pt.send);
  });

  it('renders a language already loaded at once', async () => {
    await loadMessages('ar');
    const log = newLog();
    render(<Page locale="ar" log={log} />);
    expect(screen.getByRole('button', { name: ar.send })).not.toBeNull();
    expect(log).toEqual({ rendered: [`${ar.send} rtl`], shown: [ar.send], fallbacks: 0 });
  });

  it('inherits the locale and messages of the provider above, with its own on top', async () => {
    await loadMessages('ar');
    const log = newLog();
    render(
      <AgentChatLocaleProvider locale="ar">
        <AgentChatLocaleProvider messages={{ send: 'أرسل الآن' }}>
          <Probe log={log} />
        </AgentChatLocaleProvider>
      </AgentChatLocaleProvider>,
    );
    expect(log.rendered).toEqual(['أرسل الآن rtl']);
  });
});
