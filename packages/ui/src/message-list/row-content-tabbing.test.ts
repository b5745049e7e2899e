import { afterEach, describe, expect, it } from 'vitest';
import { focusFirstControl, rowTarget, setContentTabbable } from './row-content-tabbing.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function row(): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = `
    <article data-row-target tabindex="0">
      <a href="#x">link</a>
      <pre data-testid="wide" tabindex="0">wide code</pre>
      <pre data-testid="short" tabindex="0">short code</pre>
      <div data-testid="inert" tabindex="-1">not in the tab order</div>
      <button type="button" disabled>disabled</button>
      <button type="button">copy</button>
    </article>`;
  document.body.append(element);
  // jsdom lays nothing out: make one code box wider than its box.
  const wide = element.querySelector<HTMLElement>('[data-testid="wide"]')!;
  Object.defineProperty(wide, 'scrollWidth', { value: 900 });
  Object.defineProperty(wide, 'clientWidth', { value: 300 });
  return element;
}
const get = (root: HTMLElement, selector: string) => root.querySelector<HTMLElement>(selector)!;

describe('row content tabbing', () => {
  it('takes links and buttons out of the tab order and puts them back as they were', () => {
    const element = row();
    setContentTabbable(element, false);
    expect(get(element, 'a').getAttribute('tabindex')).toBe('-1');
    expect(get(element, 'button:not([disabled])').getAttribute('tabindex')).toBe('-1');
    expect(get(element, '[data-testid="short"]').getAttribute('tabindex')).toBe('-1');
    // The row's own target stays where the list put it.
    expect(rowTarget(element).getAttribute('tabindex')).toBe('0');
    setContentTabbable(element, false); // idempotent
    setContentTabbable(element, true);
    expect(get(element, 'a').hasAttribute('tabindex')).toBe(false);
    expect(get(element, 'button:not([disabled])').hasAttribute('tabindex')).toBe(false);
    expect(get(element, '[data-testid="short"]').getAttribute('tabindex')).toBe('0');
    expect(get(element, '[data-testid="inert"]').getAttribute('tabindex')).toBe('-1');
  });

  it('leaves a box that overflows in the tab order, so it can be scrolled by keyboard', () => {
    const element = row();
    setContentTabbable(element, false);
    expect(get(element, '[data-testid="wide"]').getAttribute('tabindex')).toBe('0');
  });

  it('focuses the first control that takes focus, skipping disabled ones', () => {
    const element = row();
    setContentTabbable(element, true);
    get(element, 'a').remove();
    get(element, 'pre').remove();
    get(element, 'pre').remove();
    expect(focusFirstControl(element)).toBe(true);
    expect(document.activeElement?.textContent).toBe('copy');
  });

  it('uses the row itself when no message inside claims the focus', () => {
    const element = document.createElement('div');
    element.innerHTML = '<p>custom</p>';
    expect(rowTarget(element)).toBe(element);
    expect(focusFirstControl(element)).toBe(false);
  });
});
