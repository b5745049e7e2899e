import { ROW_TARGET_ATTRIBUTE } from '../message/message-row.tsx';

/** Elements that can be in the tab order. */
const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
/** Controls by nature; anything else focusable is a box made focusable to scroll it. */
const CONTROL =
  'a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [role]';
/** Holds an element's own tabindex ('' for none) while the row keeps it out of the tab order. */
const SAVED = 'data-row-tabindex';

/** The element a row focuses: the message's article, or the row itself for a custom renderer. */
export function rowTarget(row: HTMLElement): HTMLElement {
  return row.querySelector<HTMLElement>(`[${ROW_TARGET_ATTRIBUTE}]`) ?? row;
}

/**
 * A box that is focusable only so it can be scrolled by keyboard (a wide code block or table).
 * One that overflows stays in the tab order: Tab must be able to reach what can only be read by
 * scrolling (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function isScrollBox(element: HTMLElement): boolean {
  return !element.matches(CONTROL);
}

function isOverflowing(element: HTMLElement): boolean {
  return element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight;
}

/**
 * In content the browser skips (a long reply's block out of view, `content-visibility: auto`).
 * Reading a box's size there would lay its block out just for the read: one forced layout per
 * code block of a long reply. Such a box keeps its place in the tab order until its block comes
 * into view (`SKIP_CHANGE_EVENT`) and its overflow can be read.
 */
function isSkipped(element: HTMLElement): boolean {
  return (
    typeof element.checkVisibility === 'function' && !element.checkVisibility({ contentVisibilityAuto: true })
  );
}

/**
 * The event a block sends as the browser starts or stops skipping it; a sweep of its focusable
 * elements (`focusablesIn`) then reads the overflow it could not read while skipped.
 */
export const SKIP_CHANGE_EVENT = 'contentvisibilityautostatechange';

/** An element and the focusable elements inside it. */
export function focusablesIn(element: Element): HTMLElement[] {
  return [element, ...element.querySelectorAll(FOCUSABLE)].filter(
    (found): found is HTMLElement => found instanceof HTMLElement && found.matches(FOCUSABLE),
  );
}

/**
 * Takes a row's links and buttons out of the tab order (`tabbable` false), or puts them back,
 * so the list stays one Tab stop until Enter goes into a message. Boxes that overflow and are
 * focusable only to be scrolled stay in it. Idempotent: it writes only what differs, so it can
 * run on every mutation of the row.
 */
export function setContentTabbable(row: HTMLElement, tabbable: boolean): void {
  setTabbable(rowTarget(row), [...row.querySelectorAll<HTMLElement>(FOCUSABLE)], tabbable);
}

/**
 * What a change to a row could have made tabbable: the elements it added (and those inside
 * them), an element whose tabindex changed, and the focusable box around a change (its overflow
 * may have changed). A streaming reply's row grows every frame; sweeping only this keeps the
 * cost per frame to what changed, not to the length of the reply.
 */
export function changedFocusables(records: readonly MutationRecord[]): HTMLElement[] {
  const found = new Set<HTMLElement>();
  const add = (element: Element | null) => {
    if (element instanceof HTMLElement && element.matches(FOCUSABLE)) found.add(element);
  };
  for (const record of records) {
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    if (record.type === 'attributes') {
      add(target);
      continue;
    }
    for (const node of record.addedNodes) {
      if (node instanceof Element) for (const element of focusablesIn(node)) found.add(element);
    }
    add(target?.closest(FOCUSABLE) ?? null);
  }
  return [...found];
}

/** `setContentTabbable` for some of a row's elements (see `changedFocusables`). */
export function setSomeTabbable(row: HTMLElement, elements: readonly HTMLElement[], tabbable: boolean): void {
  setTabbable(
    rowTarget(row),
    elements.filter((element) => row.contains(element)),
    tabbable,
  );
}

function setTabbable(target: HTMLElement, candidates: readonly HTMLElement[], tabbable: boolean): void {
  // Scroll boxes in skipped content wait: they cannot be read without laying their block out.
  const elements = candidates.filter(
    (element) => element !== target && (tabbable || !isScrollBox(element) || !isSkipped(element)),
  );
  // Reads first, then writes: only scroll boxes need their overflow (a layout read), and reading
  // them all before any tabindex changes costs at most one layout per sweep, not one per box.
  const stays = elements.map((element) => tabbable || (isScrollBox(element) && isOverflowing(element)));
  elements.forEach((element, index) => {
    if (stays[index]) {
      const saved = element.getAttribute(SAVED);
      if (saved === null) return;
      element.removeAttribute(SAVED);
      if (saved === '') element.removeAttribute('tabindex');
      else element.setAttribute('tabindex', saved);
    } else {
      const own = element.getAttribute('tabindex');
      // Already out of the tab order (by its own choice, or by an earlier sweep): leave it.
      if (own === '-1') return;
      element.setAttribute(SAVED, own ?? '');
      element.setAttribute('tabindex', '-1');
    }
  });
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
