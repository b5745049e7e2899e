import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { diagramTitle } from './diagram-title.ts';
import { Markdown } from './markdown.tsx';

afterEach(cleanup);

// KaTeX loads on first use; on a loaded machine that may take a while.
const LOAD_WAIT = { timeout: 30_000 };

/** Renders a finished formula and waits for its MathML, so KaTeX is loaded for what follows. */
async function typesetOnce(): Promise<void> {
  const { container, unmount } = render(<Markdown>{'$x$'}</Markdown>);
  await waitFor(() => expect(container.querySelector('math')).not.toBeNull(), LOAD_WAIT);
  unmount();
}

describe('Markdown math', () => {
  it('typesets finished inline and displayed formulas as MathML, keeping the TeX as annotation', async () => {
    const { container } = render(
      <Markdown>{'The area is $\\pi r^2$ and\n\n$$\n\\int_0^1 x\\,dx = \\frac{1}{2}\n$$'}</Markdown>,
    );
    await waitFor(() => expect(container.querySelectorAll('math')).toHaveLength(2), LOAD_WAIT);
    const [inline, displayed] = container.querySelectorAll('[data-slot="markdown-math"]');
    expect(inline?.closest('p')?.textContent).toContain('The area is');
    expect(inline?.querySelector('math')?.getAttribute('display')).toBeNull();
    expect(inline?.querySelector('annotation')?.textContent).toBe('\\pi r^2');
    expect(displayed?.tagName).toBe('DIV');
    expect(displayed?.querySelector('math')?.getAttribute('display')).toBe('block');
    expect(displayed?.querySelector('mfrac')).not.toBeNull();
  });

  it('leaves prices and code as they are', async () => {
    await typesetOnce();
    const { container } = render(<Markdown>{'It costs $5 and $10. Run `echo $HOME` or `$x$`.'}</Markdown>);
    expect(container.querySelector('[data-slot="markdown-math"]')).toBeNull();
    expect(container.textContent).toBe('It costs $5 and $10. Run echo $HOME or $x$.');
    expect(container.querySelectorAll('code')).toHaveLength(2);
  });

  it('shows the source of formulas on the streaming tail, and typesets them once it is finished', async () => {
    await typesetOnce(); // KaTeX is loaded: a typeset formula would show at once
    // The tail: the last blocks not separated by a blank line, here a paragraph and a formula.
    const text = 'Settled $a^2$ here.\n\nThe tail has $\\pi r^2$ and\n$$\nE = mc^2\n$$';
    const { container, rerender } = render(<Markdown streaming>{text}</Markdown>);
    const formulas = () => [...container.querySelectorAll('[data-slot="markdown-math"]')];
    // The first paragraph is settled (a blank line and another block follow it): typeset.
    expect(formulas().map((formula) => formula.getAttribute('data-state'))).toEqual([
      'typeset',
      'source',
      'source',
    ]);
    expect(container.textContent).toContain('The tail has $\\pi r^2$ and');
    expect(container.textContent).toContain('$$\nE = mc^2\n$$');
    expect(container.querySelectorAll('math')).toHaveLength(1);
    rerender(<Markdown>{text}</Markdown>);
    expect(container.querySelectorAll('math')).toHaveLength(3);
  });

  it('shows a malformed formula as its source with a short note', async () => {
    const { container } = render(<Markdown>{'Broken: $\\frac{1$ and fine: $x$'}</Markdown>);
    const broken = await waitFor(() => {
      const element = container.querySelector('[data-slot="markdown-math"][data-state="error"]');
      expect(element).not.toBeNull();
      return element!;
    }, LOAD_WAIT);
    expect(broken.textContent).toBe('$\\frac{1$ (Could not render this formula)');
    expect(container.querySelectorAll('math')).toHaveLength(1);
  });

  it('renders commands that could load or link things as inert text', async () => {
    const { container } = render(
      <Markdown>{'$\\href{javascript:alert(1)}{x}$ $\\url{https://example.com}$ $\\htmlId{a}{b}$'}</Markdown>,
    );
    await waitFor(() => expect(container.querySelectorAll('math')).toHaveLength(3), LOAD_WAIT);
    expect(container.querySelector('a, [href], [id], [style], script')).toBeNull();
  });
});

describe('Markdown diagrams', () => {
  it('shows a mermaid block on the streaming tail as its code', () => {
    const { container } = render(
      <Markdown streaming>{'Flow:\n\n```mermaid\ngraph TD\n  A --> B\n```'}</Markdown>,
    );
    expect(container.querySelector('[data-slot="markdown-diagram"]')).toBeNull();
    const block = container.querySelector('[data-slot="code-block"]');
    expect(block?.getAttribute('data-language')).toBe('mermaid');
    expect(block?.textContent).toContain('A --> B');
  });

  it.each([
    ['graph TD\n  accTitle: Sign-in flow\n  A --> B', 'Sign-in flow'],
    ['---\ntitle: Order states\n---\nstateDiagram-v2\n  [*] --> Open', 'Order states'],
    ['pie title Pets adopted\n  "Dogs" : 386', undefined],
    ['pie\n  title Pets adopted\n  "Dogs" : 386', 'Pets adopted'],
    ['graph TD\n  A --> B', undefined],
  ])('names a diagram by its own title: %j', (source, title) => {
    expect(diagramTitle(source)).toBe(title);
  });
});
