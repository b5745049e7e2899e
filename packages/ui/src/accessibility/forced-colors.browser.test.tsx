/// <reference types="@vitest/browser-playwright" />
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { ThreadView } from '../thread/thread-view.tsx';
import { STRESS_THREAD } from './stress-thread.ts';

// Chromium's forced-colours emulation (what DevTools' "Emulate CSS media feature forced-colors"
// does): the media query matches and the browser forces system colours, as on Windows high
// contrast. The exact palette is the browser's, so the checks look for edges and outlines that
// exist and are not transparent, not for particular colours.
beforeAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
});
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});
afterEach(cleanup);

const TRANSPARENT = 'rgba(0, 0, 0, 0)';

function Thread({ streaming = false }: { streaming?: boolean }) {
  const messages = streaming
    ? [...STRESS_THREAD, { id: 's5', role: 'assistant' as const, parts: [] }]
    : STRESS_THREAD;
  return (
    <div style={{ width: 480, height: 640 }}>
      <ThreadView messages={messages} status={streaming ? 'streaming' : 'ready'} onSend={() => true} />
    </div>
  );
}

describe('forced colours', () => {
  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  });

  it('gives the user bubble and inline code an edge, since their fill is gone', async () => {
    render(<Thread />);
    const question = await screen.findByRole('article', { description: 'Message 1 of 4' });
    const bubble = question.querySelector<HTMLElement>('[data-slot="message-content"]')!;
    const inlineCode = question.querySelector<HTMLElement>('[data-slot="markdown-inline-code"]')!;
    for (const element of [bubble, inlineCode]) {
      const style = getComputedStyle(element);
      expect(style.borderTopStyle).toBe('solid');
      expect(style.borderTopWidth).toBe('1px');
      expect(style.borderTopColor).not.toBe(TRANSPARENT);
    }
  });

  it('draws a focus outline on the focused message and around the composer', async () => {
    render(<Thread />);
    const reply = await screen.findByRole('article', { description: 'Message 4 of 4' });
    reply.focus();
    await waitFor(() => expect(reply.matches(':focus-visible')).toBe(true));
    const ring = getComputedStyle(reply);
    expect(ring.outlineStyle).toBe('solid');
    expect(ring.outlineWidth).toBe('2px');
    expect(ring.outlineColor).not.toBe(TRANSPARENT);

    const input = screen.getByRole('textbox');
    input.focus();
    const composer = input.closest<HTMLElement>('[data-slot="composer"]')!;
    await waitFor(() => expect(getComputedStyle(composer).outlineStyle).toBe('solid'));
    expect(getComputedStyle(composer).outlineWidth).toBe('2px');
    expect(getComputedStyle(composer).outlineColor).not.toBe(TRANSPARENT);
    // The composer's own box keeps its border.
    expect(getComputedStyle(composer).borderTopStyle).toBe('solid');
  });

  it('paints the typing dots in the text colour instead of a fill that would vanish', async () => {
    render(<Thread streaming />);
    const dot = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-slot="streaming-indicator-dot"]');
      if (!found) throw new Error('no typing indicator yet');
      return found;
    });
    // Left to the browser, the fill would be forced to the canvas the dot sits on.
    expect(getComputedStyle(dot).forcedColorAdjust).toBe('none');
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'CanvasText';
    document.body.append(probe);
    expect(getComputedStyle(dot).backgroundColor).toBe(getComputedStyle(probe).backgroundColor);
    probe.remove();
  });
});
