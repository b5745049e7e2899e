import { ROW_TARGET_ATTRIBUTE } from '../message/message-row.tsx';

/** Elements that can be in the tab order. */
const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
/** Holds an element's own tabindex ('' for none) while the row keeps it out of the tab order. */
const SAVED = 'data-row-tabindex';

/** The element a row focuses: the message's article, or the row itself for a custom renderer. */
export function rowTarget(row: HTMLElement): HTMLElement {
  return row.querySelector<HTMLElement>(`[${ROW_TARGET_ATTRIBUTE}]`) ?? row;
}

/**
 * Takes a row's links and buttons out of the tab order (`tabbable` false), or puts them back,
 * so the list stays one Tab stop until Enter goes into a message. Idempotent: it writes only
 * what differs, so it can run on every mutation of the row.
 */
export function setContentTabbable(row: HTMLElement, tabbable: boolean): void {
  const target = rowTarget(row);
  for (const element of row.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (element === target) continue;
    if (tabbable) {
      const saved = element.getAttribute(SAVED);
      if (saved === null) continue;
      element.removeAttribute(SAVED);
      if (saved === '') element.removeAttribute('tabindex');
      else element.setAttribute('tabindex', saved);
    } else {
      const own = element.getAttribute('tabindex');
      // Already out of the tab order by its own choice: leave it (and never restore it).
      if (own === '-1') continue;
      element.setAttribute(SAVED, own ?? '');
      element.setAttribute('tabindex', '-1');
    }
  }
}

/** Focuses the first control of a row that takes focus; false when it has none. */
export function focusFirstControl(row: HTMLElement): boolean {
  const target = rowTarget(row);
  for (const element of row.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (element === target || element.tabIndex < 0 || element.matches(':disabled')) continue;
    element.focus();
    // A control in a closed <details> or a hidden box does not take focus: try the next one.
    if (element.ownerDocument.activeElement === element) return true;
  }
  return false;
}
