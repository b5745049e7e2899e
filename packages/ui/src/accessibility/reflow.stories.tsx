import type { Meta, StoryObj } from '@storybook/react-vite';
import * as React from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { ThreadView } from '../thread/thread-view.tsx';
import { STRESS_THREAD } from './stress-thread.ts';

/** Doubles the root font size while the story is shown: rem-sized text and boxes grow as at 200% zoom. */
function DoubleText({ children }: { children: React.ReactNode }) {
  React.useLayoutEffect(() => {
    const root = document.documentElement;
    const previous = root.style.fontSize;
    root.style.fontSize = '200%';
    return () => {
      root.style.fontSize = previous;
    };
  }, []);
  return children;
}

const meta = {
  title: 'Accessibility/Reflow',
  component: ThreadView,
  args: {
    messages: STRESS_THREAD,
    status: 'ready',
    onSend: fn(() => true),
    onRegenerate: fn(),
    onEdit: fn(),
  },
} satisfies Meta<typeof ThreadView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing in the thread is wider than its box: no sideways scrolling of the page or the thread. */
async function expectNoOverflow(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const log = canvas.getByRole('log');
  await canvas.findByRole('article', { description: 'Message 4 of 4' });
  await waitFor(() => expect(log.querySelector('[aria-busy="true"]')).toBeNull());
  const frame = canvas.getByTestId('frame');
  const composer = canvasElement.querySelector<HTMLElement>('[data-slot="composer"]');
  for (const element of [
    frame,
    log,
    composer,
    ...log.querySelectorAll<HTMLElement>('[data-slot="message"]'),
  ]) {
    if (!element) throw new Error('The thread has no composer');
    await expect({
      slot: element.dataset.slot ?? element.dataset.testid,
      width: element.scrollWidth,
    }).toEqual({
      slot: element.dataset.slot ?? element.dataset.testid,
      width: element.clientWidth,
    });
  }
  // Wide code and tables scroll inside their own box.
  const code = log.querySelector<HTMLElement>('[data-slot="code-block"] pre');
  await expect(code).not.toBeNull();
  await expect(code!.scrollWidth).toBeGreaterThan(code!.clientWidth);
  await expect(getComputedStyle(code!).overflowX).toMatch(/auto|scroll/);
}

/** The thread at 320 CSS pixels, the width WCAG's reflow criterion asks for (1280 px at 400%). */
export const Narrow: Story = {
  name: 'Reflow (320 px)',
  decorators: [
    (Story) => (
      <div data-testid="frame" className="h-[640px] w-[320px] overflow-hidden border border-border">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => expectNoOverflow(canvasElement),
};

/** 200% text in a 640 px window, as a 1280 px screen zoomed to 200%. */
export const DoubleTextSize: Story = {
  name: 'Reflow (640 px, 200% text)',
  decorators: [
    (Story) => (
      <DoubleText>
        <div data-testid="frame" className="h-[1280px] w-[640px] overflow-hidden border border-border">
          <Story />
        </div>
      </DoubleText>
    ),
  ],
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(document.documentElement).fontSize).toBe('32px');
    await expectNoOverflow(canvasElement);
  },
};
