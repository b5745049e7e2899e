import { adaptCssForShadowRoot } from './shadow-css.ts';
import css from './styles.css?inline';

let shared: CSSStyleSheet | undefined;
let adapted: string | undefined;

function adaptedCss(): string {
  adapted ??= adaptCssForShadowRoot(css);
  return adapted;
}

/**
 * Puts the kit's styles into `shadow`: one constructed stylesheet shared by every widget on the
 * page, or a `<style>` inside the shadow root where constructed stylesheets are missing. Nothing
 * is added to the document.
 */
export function adoptWidgetStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(adaptedCss());
    }
    shadow.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = adaptedCss();
  shadow.append(style);
}
