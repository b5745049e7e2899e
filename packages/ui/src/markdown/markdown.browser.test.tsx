import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GFM_SAMPLE, longMarkdown } from '../test-support/sample-markdown.ts';
import { Markdown } from './markdown.tsx';
import { GROUP_SIZE } from './use-block-groups.ts';

afterEach(cleanup);

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <div data-testid="frame" style={{ width: 480 }}>
      {children}
    </div>
  );
}

describe('Markdown layout in Chromium', () => {
  it('never holds back blocks that arrive while streaming', () => {
    const text = longMarkdown(60_000);
    const view = render(<Markdown streaming>{''}</Markdown>);
    for (let end = 500; end < text.length; end += 500) {
      view.rerender(<Markdown streaming>{text.slice(0, end)}</Markdown>);
      const root = view.container.querySelector('[data-slot="markdown"]')!;
      expect(root.getAttribute('aria-busy')).toBeNull();
    }
    // The last section that arrived is in the DOM, not waiting for an idle period.
    const sections = text.slice(0, text.length - 500).match(/Paragraph \d+ explains/g)!;
    expect(view.container.textContent).toContain(sections.at(-1));
  });

  it('mounts a very long document progressively, first blocks at once', async () => {
    const { container } = render(<Markdown>{longMarkdown(200_000)}</Markdown>);
    const root = container.querySelector('[data-slot="markdown"]')!;
    const initial = root.textContent!.length;
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(initial).toBeGreaterThan(0);
    await waitFor(() => expect(root.getAttribute('aria-busy')).toBeNull(), { timeout: 30_000 });
    expect(root.textContent!.length).toBeGreaterThan(initial * 5);
    expect(root.lastElementChild!.textContent).not.toBe('');
  });

  it('boxes a long document in groups the browser skips out of view, spaced like any blocks', async () => {
    const text = Array.from({ length: 200 }, (_, index) => `Paragraph ${index}.`).join('\n\n');
    const { getByTestId } = render(
      <Frame>
        <Markdown>{text}</Markdown>
      </Frame>,
    );
    const frame = getByTestId('frame');
    await waitFor(() => expect(frame.querySelector('[aria-busy]')).toBeNull());
    // Every group but the first is boxed.
    const groups = frame.querySelectorAll('[data-slot="markdown-group"]');
    expect(groups).toHaveLength(Math.ceil(200 / GROUP_SIZE) - 1);
    expect(getComputedStyle(groups[0]!).contentVisibility).toBe('auto');
    const paragraphs = frame.querySelectorAll('p');
    const laidOut = (index: number) => paragraphs[index]!.checkVisibility({ contentVisibilityAuto: true });
    const gap = (above: number) =>
      paragraphs[above + 1]!.getBoundingClientRect().top - paragraphs[above]!.getBoundingClientRect().bottom;
    // The first group is in view (laid out); the last is not (skipped until it comes into view).
    await waitFor(() => expect(laidOut(0)).toBe(true));
    expect(laidOut(199)).toBe(false);
    // Between the first group and the second as between two paragraphs of one group.
    const firstEdge = GROUP_SIZE - 1;
    expect(gap(0)).toBeGreaterThan(0);
    expect(gap(firstEdge)).toBe(gap(0));
    // And between two boxed groups, once they are in view.
    const boxedEdge = 2 * GROUP_SIZE - 1;
    paragraphs[boxedEdge]!.scrollIntoView();
    await waitFor(() => expect(laidOut(boxedEdge) && laidOut(boxedEdge + 1)).toBe(true));
    expect(gap(boxedEdge)).toBe(gap(0));
  });

  it("keeps the first blocks' elements as a streaming document grows past one group", () => {
    const paragraphs = (count: number) =>
      Array.from({ length: count }, (_, index) => `Paragraph ${index}.`).join('\n\n');
    const view = render(<Markdown streaming>{paragraphs(GROUP_SIZE - 4)}</Markdown>);
    const first = view.container.querySelector('p');
    view.rerender(<Markdown streaming>{paragraphs(GROUP_SIZE + 36)}</Markdown>);
    expect(view.container.querySelector('[data-slot="markdown-group"]')).not.toBeNull();
    expect(view.container.querySelector('p')).toBe(first);
  });

  it('leaves a short document unboxed', () => {
    const { container } = render(<Markdown>{'One.\n\nTwo.'}</Markdown>);
    expect(container.querySelector('[data-slot="markdown-group"]')).toBeNull();
    expect(container.querySelectorAll('[data-slot="markdown"] > p')).toHaveLength(2);
  });

  it('wraps a 200,000-character line inside its container', async () => {
    const { getByTestId } = render(
      <Frame>
        <Markdown>{'lorem ipsum dolor sit amet '.repeat(7500)}</Markdown>
      </Frame>,
    );
    const frame = getByTestId('frame');
    // A long text mounts over several renders.
    await waitFor(() => expect(frame.querySelector('[aria-busy]')).toBeNull());
    expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
    expect(frame.querySelector('[data-slot="markdown-plain-text"]')).not.toBeNull();
  });

  it('scrolls a wide code block and a wide table inside themselves, not the page', () => {
    const wide = `\`\`\`ts\n${'const value = 1; '.repeat(60)}\n\`\`\`\n\n| ${'column | '.repeat(30)}\n|${'---|'.repeat(30)}\n| ${'cell | '.repeat(30)}`;
    const { getByTestId } = render(
      <Frame>
        <Markdown>{wide}</Markdown>
      </Frame>,
    );
    const frame = getByTestId('frame');
    expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
    const pre = frame.querySelector('pre')!;
    expect(pre.scrollWidth).toBeGreaterThan(pre.clientWidth);
    const tableWrapper = frame.querySelector('[data-slot="markdown-table-wrapper"]')!;
    expect(tableWrapper.scrollWidth).toBeGreaterThan(tableWrapper.clientWidth);
  });

  it('ends a long streamed reply with the same DOM as rendering it at once', async () => {
    const text = `${GFM_SAMPLE}\n\n${longMarkdown(30_000)}`;
    const once = render(<Markdown>{text}</Markdown>);
    // A long document mounts progressively; wait until every block is in.
    await waitFor(() => expect(once.container.querySelector('[aria-busy]')).toBeNull());
    const expected = once.container.innerHTML;
    cleanup();
    const streamed = render(<Markdown streaming>{''}</Markdown>);
    for (let end = 97; end < text.length; end += 97) {
      streamed.rerender(<Markdown streaming>{text.slice(0, end)}</Markdown>);
    }
    streamed.rerender(<Markdown>{text}</Markdown>);
    await waitFor(() => expect(streamed.container.querySelector('[aria-busy]')).toBeNull());
    // Highlighting may have finished in one and not the other; compare the text structure.
    const normalise = (html: string) =>
      html
        .replace(/<span class="hljs-[^"]*">|<\/span>/g, '')
        .replace(/data-state="highlighted"/g, 'data-state="plain"');
    expect(normalise(streamed.container.innerHTML)).toBe(normalise(expected));
  });
});
