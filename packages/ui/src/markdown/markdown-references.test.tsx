import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { entityTable } from './entity-table.ts';
import { Markdown } from './markdown.tsx';

afterEach(cleanup);

// One file of its own: the complete table of names must not have loaded before these tests.
describe('Markdown character references', () => {
  it('decodes the common ones at once and loads nothing for them', () => {
    const { container } = render(
      <Markdown>
        {'Tom &amp; Jerry &copy; 2026 &#x2014; caf&eacute; &hellip; [a](https://x.test/?a=1&copy=2&lt=3)'}
      </Markdown>,
    );
    expect(container.querySelector('p')!.textContent).toBe('Tom & Jerry © 2026 — café … a');
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://x.test/?a=1&copy=2&lt=3');
    expect(entityTable.current).toBeUndefined();
  });

  it('shows a rarer name as written, then decoded once the complete table has loaded', async () => {
    const { container } = render(
      <Markdown>
        {[
          'I &hearts; &amp; you.',
          '',
          '[cards](https://x.test/?suit=&hearts;)',
          '',
          '[bad](javascript&ZeroWidthSpace;:alert(1)) [tab](jav&Tab;ascript:alert(1))',
        ].join('\n')}
      </Markdown>,
    );
    const [text, cards, bad] = container.querySelectorAll('p');
    expect(text!.textContent).toBe('I &hearts; & you.');
    // Until the table says what the name is, the URL is not trusted.
    expect(cards!.querySelector('a')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);

    expect(await screen.findByText('I ♥ & you.')).toBe(text);
    expect(entityTable.current).toBeDefined();
    expect(screen.getByRole('link', { name: 'cards' }).getAttribute('href')).toBe('https://x.test/?suit=♥');
    expect(bad!.querySelector('a')).toBeNull();
    expect(bad!.querySelectorAll('[data-slot="markdown-link-blocked"]')).toHaveLength(2);
  });
});
