import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GFM_SAMPLE } from '../test-support/sample-markdown.ts';
import { Markdown } from './markdown.tsx';

afterEach(cleanup);

// KaTeX and Mermaid load on first use; on a loaded machine that may take a while.
const LOAD_WAIT = { timeout: 30_000 };

/** Script modules this page has fetched whose URL names `name`. */
function fetched(name: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => name.test(url));
}

describe('Markdown math and diagrams in Chromium', () => {
  // First in this file: once a test has loaded KaTeX or Mermaid, this page has fetched them.
  it('fetches neither KaTeX nor Mermaid for a reply without formulas or diagrams', async () => {
    const { container } = render(<Markdown>{`${GFM_SAMPLE}\n\nIt costs $5 and $10.`}</Markdown>);
    // Wait for the lazy highlighter (the same kind of dynamic import) to have loaded and run.
    await waitFor(() => expect(container.querySelector('.hljs-keyword')).not.toBeNull(), LOAD_WAIT);
    expect(fetched(/katex|mermaid|math-view|typeset-math|diagram-view|render-diagram/)).toEqual([]);
  });

  it('lays out a finished formula as MathML, without KaTeX styles or fonts', async () => {
    const { container } = render(
      <Markdown>
        {'Euler: $e^{i\\pi} + 1 = 0$\n\n$$\n\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}\n$$'}
      </Markdown>,
    );
    await waitFor(() => expect(container.querySelectorAll('math')).toHaveLength(2), LOAD_WAIT);
    expect(fetched(/typeset-math|katex/).length).toBeGreaterThan(0);
    const displayed = container.querySelector('math[display="block"]')!;
    // Chromium's MathML layout: a fraction is taller than a line of text.
    const fraction = displayed.querySelector('mfrac')!;
    expect(fraction.getBoundingClientRect().height).toBeGreaterThan(20);
    expect(document.querySelector('link[href*="katex"], style[data-katex]')).toBeNull();
  });

  it('shows a malformed formula as its source with a note', async () => {
    const { container } = render(<Markdown>{'$$\n\\frac{1}{\n$$'}</Markdown>);
    const broken = await waitFor(() => {
      const element = container.querySelector('[data-slot="markdown-math"][data-state="error"]');
      expect(element).not.toBeNull();
      return element!;
    }, LOAD_WAIT);
    expect(broken.textContent).toContain('\\frac{1}{');
    expect(broken.textContent).toContain('Could not render this formula');
    expect(container.querySelector('math')).toBeNull();
  });

  it('draws a finished mermaid block as an SVG named by its title', async () => {
    const source =
      'flowchart LR\n  accTitle: Sign-in flow\n  A[Start] --> B{Signed in?}\n  B -->|yes| C[Chat]';
    const { container, getByRole } = render(
      <Markdown>{`Flow:\n\n\`\`\`mermaid\n${source}\n\`\`\``}</Markdown>,
    );
    const diagram = await waitFor(() => getByRole('img', { name: 'Diagram: Sign-in flow' }), LOAD_WAIT);
    const svg = diagram.querySelector('svg')!;
    expect(svg).not.toBeNull();
    expect(svg.textContent).toContain('Signed in?');
    expect(svg.getBoundingClientRect().width).toBeGreaterThan(50);
    // strict: no scripts, event handlers or javascript: links in the picture.
    expect(diagram.querySelector('script, [onclick], a[href^="javascript"]')).toBeNull();
    expect(container.querySelector('[data-slot="code-block"]')).toBeNull();
  });

  it('shows a malformed diagram as its code with a note, and leaves nothing behind on the page', async () => {
    const { container } = render(<Markdown>{'```mermaid\nflowchart LR\n  A -->\n```'}</Markdown>);
    await waitFor(
      () =>
        expect(container.querySelector('[data-slot="markdown-diagram"]')?.getAttribute('data-state')).toBe(
          'error',
        ),
      LOAD_WAIT,
    );
    expect(container.querySelector('[data-slot="code-block"]')?.textContent).toContain('A -->');
    expect(container.textContent).toContain('Could not render this diagram');
    expect(document.body.querySelectorAll('body > div[id^="dagent-chat-diagram"]')).toHaveLength(0);
  });

  it('keeps a mermaid block as code while it streams, then draws it', async () => {
    const text = '```mermaid\nsequenceDiagram\n  Alice->>Bob: Hello\n```';
    const { container, rerender, findByRole } = render(<Markdown streaming>{text}</Markdown>);
    expect(container.querySelector('[data-slot="markdown-diagram"]')).toBeNull();
    expect(container.querySelector('[data-slot="code-block"]')?.textContent).toContain('Alice->>Bob');
    rerender(<Markdown>{text}</Markdown>);
    const diagram = await findByRole('img', { name: 'Diagram' }, LOAD_WAIT);
    expect(diagram.querySelector('svg')).not.toBeNull();
  });
});
