import { describe, expect, test } from 'vitest';
import { adaptCssForShadowRoot } from './shadow-css.ts';

describe('adaptCssForShadowRoot', () => {
  test('turns @property initial values into declarations in the lowest layer', () => {
    const css =
      '@layer properties;@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}' +
      '@property --tw-ring-inset{syntax:"*";inherits:false}.shadow{--tw-shadow:0 1px red}';
    const adapted = adaptCssForShadowRoot(css);
    expect(adapted.startsWith('@layer properties{:host,*,::before,::after,::backdrop{')).toBe(true);
    expect(adapted).toContain('--tw-shadow:0 0 #0000;--tw-ring-inset:initial}}');
    expect(adapted).not.toContain('@property');
    expect(adapted).toContain('.shadow{--tw-shadow:0 1px red}');
  });

  test(':root rules also match the host, and rem lengths become px', () => {
    expect(adaptCssForShadowRoot(':root{--a:1rem}.p{padding:.25rem;margin:-1.5rem}')).toBe(
      ':host{--a:16px}.p{padding:4px;margin:-24px}',
    );
    // Names and numbers that only contain "rem" are left alone.
    expect(adaptCssForShadowRoot('.remove{x:var(--rem);y:2remx}')).toBe('.remove{x:var(--rem);y:2remx}');
  });
});
