import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { ThreadView } from '../thread/thread-view.tsx';
import { STRESS_THREAD } from './stress-thread.ts';

/** The forced-colours rules of the loaded styles (Tailwind's variants and the kit's theme.css). */
function forcedColorsSelectors(): string[] {
  const selectors: string[] = [];
  const visit = (rules: CSSRuleList, forced: boolean) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule)
        visit(rule.cssRules, forced || rule.conditionText.includes('forced-colors: active'));
      else if (rule instanceof CSSLayerBlockRule || rule instanceof CSSSupportsRule)
        visit(rule.cssRules, forced);
      else if (forced && rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
    }
  };
  for (const sheet of document.styleSheets) visit(sheet.cssRules, false);
  return selectors;
}

const meta = {
  title: 'Accessibility/Forced colors',
  component: ThreadView,
  args: {
    messages: STRESS_THREAD,
    status: 'ready',
    onSend: fn(() => true),
    onRegenerate: fn(),
    onEdit: fn(),
  },
  decorators: [
    (Story) => (
      <div className="h-[640px] max-w-xl overflow-hidden rounded-bubble border border-border">
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ThreadView>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The thread for Windows high contrast. To see it as such, turn on forced colours in the browser
 * (Chromium DevTools → Rendering → "Emulate CSS media feature forced-colors: active"): bubbles and
 * badges keep an edge, focus rings stay, the typing dots stay visible. A story cannot switch the
 * emulation on; forced-colors.browser.test.tsx does (through the DevTools protocol) and checks the
 * computed styles. Here the play checks that the forced-colours rules are loaded.
 */
export const ForcedColors: Story = {
  name: 'Forced colors',
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('article', { description: 'Message 4 of 4' });
    const selectors = forcedColorsSelectors().join('\n');
    await expect(selectors).toContain('[data-slot="message-content"]');
    await expect(selectors).toContain('[data-slot="composer"]:focus-within');
    await expect(selectors).toContain('[data-slot="streaming-indicator-dot"]');
  },
};

/** Waiting for a reply: the typing dots, which are nothing but a fill, in forced colours. */
export const ForcedColorsStreaming: Story = {
  name: 'Forced colors (waiting for a reply)',
  args: { messages: STRESS_THREAD.slice(0, 3), status: 'submitted' },
};
