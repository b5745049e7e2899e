const PROPERTY_RULE = /@property\s+(--[\w-]+)\s*\{([^}]*)\}/g;
const INITIAL_VALUE = /initial-value\s*:\s*([^;]+?)\s*(?:;|$)/;
// `:root` not followed by a name character, so `:root-foo` (not a real selector) is left alone.
const ROOT_SELECTOR = /:root(?![\w-])/g;
// A number with a rem unit, not part of a longer name or number.
const REM_LENGTH = /(?<![\w.-])(-?(?:\d+\.?\d*|\.\d+))rem(?![\w-])/g;

/** Options of `adaptCssForShadowRoot`. */
export interface ShadowCssOptions {
  /** Pixels per rem; the page's `html { font-size }` must not scale the widget. Default 16. */
  remPixels?: number;
}

/**
 * Rewrites the kit's compiled Tailwind CSS so it works the same inside a shadow root:
 * - `@property` rules are ignored in shadow trees, so utilities that read registered properties
 *   (shadows, rings, transforms, borders, gradients) would see them unset; their initial values
 *   become plain declarations on every element, in the lowest layer so utilities still win;
 * - `:root` rules (the kit's theme variables) also match `:host`;
 * - rem lengths become px, because rem follows the page's root font size, which the widget does
 *   not control.
 */
export function adaptCssForShadowRoot(css: string, { remPixels = 16 }: ShadowCssOptions = {}): string {
  const initialValues: string[] = [];
  for (const match of css.matchAll(PROPERTY_RULE)) {
    const value = INITIAL_VALUE.exec(match[2] ?? '')?.[1];
    // No initial value means "guaranteed invalid", which `initial` gives a custom property.
    initialValues.push(`${match[1]}:${value ?? 'initial'}`);
  }
  const adapted = css
    .replace(PROPERTY_RULE, '')
    .replace(ROOT_SELECTOR, ':host')
    .replace(REM_LENGTH, (_, amount: string) => `${trimNumber(Number(amount) * remPixels)}px`);
  if (initialValues.length === 0) return adapted;
  // Declared first, so `properties` is the lowest layer whatever order the rest declares.
  const defaults = `@layer properties{:host,*,::before,::after,::backdrop{${initialValues.join(';')}}}`;
  return `${defaults}\n${adapted}`;
}

function trimNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
