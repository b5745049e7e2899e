import type { UIMessage } from 'ai';
import * as React from 'react';
import { afterNextPaint } from '../lib/after-next-paint.ts';
import {
  changedFocusables,
  focusablesIn,
  focusFirstControl,
  isScrollBox,
  rowTarget,
  SKIP_CHANGE_EVENT,
  setContentTabbable,
  setSomeTabbable,
} from './row-content-tabbing.ts';
import { type RowKeyOrigin, rowKeyAction } from './row-keys.ts';

/** Marks a message row with its message id. */
export const ROW_ID_ATTRIBUTE = 'data-message-id';
const ROW = `[${ROW_ID_ATTRIBUTE}]`;

/** Options of `useRovingRows`. */
export interface RovingRowsOptions {
  messages: readonly UIMessage[];
  /** The scrolling log element that holds the rows. */
  viewport: HTMLElement | null;
  /** Renders and scrolls to a row that is not in the DOM (the virtualizer's `scrollToIndex`). */
  scrollToIndex: (index: number) => void;
}

/** What `useRovingRows` gives the list. */
export interface RovingRows {
  /** Index of the row in the tab order: the one the user last focused, else the newest. */
  activeIndex: number;
  /** Handlers for the log element (they see every row's events as they bubble). */
  handlers: Pick<React.ComponentProps<'div'>, 'onKeyDown' | 'onFocus' | 'onBlur'>;
}

function indexOf(messages: readonly UIMessage[], id: string | undefined, hint: number): number {
  if (id === undefined) return -1;
  if (messages[hint]?.id === id) return hint;
  return messages.findIndex((message) => message.id === id);
}

/**
 * The message list as one Tab stop: a roving tabindex over its rows, arrow keys between them
 * (rendering a row first when the virtualizer has not), Enter into a message's controls and
 * Escape back out (see `rowKeyAction`). The focused row is remembered by message id, so a
 * streaming reply or a new message neither moves nor drops it.
 */
export function useRovingRows({ messages, viewport, scrollToIndex }: RovingRowsOptions): RovingRows {
  const [chosenId, setChosenId] = React.useState<string>();
  const hint = React.useRef(-1);
  const found = indexOf(messages, chosenId, hint.current);
  hint.current = found;
  const activeIndex = found >= 0 ? found : messages.length - 1;
  // The row to focus once the virtualizer has rendered it.
  const pendingFocus = React.useRef<string | null>(null);
  // The row whose controls are in the tab order (after Enter or a click inside it).
  const insideId = React.useRef<string | null>(null);
  // Focus is in the list; if the focused row is virtualized away, focus goes to the log, not the page.
  const focusWithin = React.useRef(false);

  const rowById = React.useCallback(
    (id: string | null) =>
      id === null || !viewport
        ? null
        : // Only the rendered rows, a screenful: no need for a selector built from the id.
          ([...viewport.querySelectorAll<HTMLElement>(ROW)].find(
            (row) => row.getAttribute(ROW_ID_ATTRIBUTE) === id,
          ) ?? null),
    [viewport],
  );
  const leaveInside = () => {
    const row = rowById(insideId.current);
    insideId.current = null;
    if (row) setContentTabbable(row, false);
  };

  // Every row, as it mounts or its content changes (a streamed link, an action row after the
  // reply), keeps its controls out of the tab order unless focus is inside it.
  React.useEffect(() => {
    if (!viewport) return;
    const sweep = (row: HTMLElement) =>
      setContentTabbable(row, row.getAttribute(ROW_ID_ATTRIBUTE) === insideId.current);
    const sweepAll = () => viewport.querySelectorAll<HTMLElement>(ROW).forEach(sweep);
    sweepAll();
    // A changed scroll box's overflow is read once the frame has been drawn, when the layout is
    // clean: read at once, it would lay the row out again at every commit of a streaming reply
    // written into a code block. Until then the box stays in the tab order, where it is reachable.
    const boxes = new Set<HTMLElement>();
    let cancelSweep: (() => void) | undefined;
    const sweepBoxes = () => {
      cancelSweep = undefined;
      const byRow = new Map<HTMLElement, HTMLElement[]>();
      for (const box of boxes) {
        const row = box.closest<HTMLElement>(ROW);
        if (row) addTo(byRow, row, box);
      }
      boxes.clear();
      for (const [row, rowBoxes] of byRow)
        setSomeTabbable(row, rowBoxes, row.getAttribute(ROW_ID_ATTRIBUTE) === insideId.current);
    };
    const sweepBoxesAfterPaint = (changed: readonly HTMLElement[]) => {
      for (const box of changed) boxes.add(box);
      if (cancelSweep === undefined && boxes.size > 0) cancelSweep = afterNextPaint(sweepBoxes);
    };
    const observer = new MutationObserver((records) => {
      const changed = new Map<HTMLElement, MutationRecord[]>();
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const row = node?.closest<HTMLElement>(ROW);
        if (row) addTo(changed, row, record);
        else if (record.type === 'childList') return sweepAll(); // rows came or went
      }
      // Within a row, only what changed (a streaming reply's row changes every frame).
      for (const [row, rowRecords] of changed) {
        const inside = row.getAttribute(ROW_ID_ATTRIBUTE) === insideId.current;
        const found = changedFocusables(rowRecords);
        if (inside) {
          setSomeTabbable(row, found, true);
          continue;
        }
        const controls: HTMLElement[] = [];
        const changedBoxes: HTMLElement[] = [];
        for (const element of found) (isScrollBox(element) ? changedBoxes : controls).push(element);
        setSomeTabbable(row, controls, false);
        sweepBoxesAfterPaint(changedBoxes);
      }
    });
    observer.observe(viewport, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['tabindex'],
    });
    // A block of a long reply coming into view: its scroll boxes' overflow can be read now.
    // The event does not bubble; the viewport hears it while capturing.
    const onSkipChange = (event: Event) => {
      const block = event.target;
      if ((event as ContentVisibilityAutoStateChangeEvent).skipped || !(block instanceof Element)) return;
      const row = block.closest<HTMLElement>(ROW);
      if (row)
        setSomeTabbable(row, focusablesIn(block), row.getAttribute(ROW_ID_ATTRIBUTE) === insideId.current);
    };
    viewport.addEventListener(SKIP_CHANGE_EVENT, onSkipChange, true);
    return () => {
      cancelSweep?.();
      observer.disconnect();
      viewport.removeEventListener(SKIP_CHANGE_EVENT, onSkipChange, true);
    };
  }, [viewport]);

  // After each render: focus the row that was waited for, or catch focus dropped by a row that
  // scrolled out of the rendered range.
  React.useLayoutEffect(() => {
    if (!viewport) return;
    const waiting = rowById(pendingFocus.current);
    if (waiting) {
      pendingFocus.current = null;
      rowTarget(waiting).focus();
    } else if (focusWithin.current && !viewport.contains(document.activeElement)) {
      const active = document.activeElement;
      if (active === null || active === document.body) viewport.focus({ preventScroll: true });
    }
  });

  const focusRow = (index: number) => {
    const id = messages[index]?.id;
    if (id === undefined) return;
    setChosenId(id);
    leaveInside();
    const row = rowById(id);
    if (row) {
      rowTarget(row).focus();
    } else {
      pendingFocus.current = id;
      scrollToIndex(index);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || !viewport) return;
    const element = event.target as HTMLElement;
    const row = element.closest<HTMLElement>(ROW);
    let origin: RowKeyOrigin;
    if (element === viewport) origin = 'list';
    else if (!row || !viewport.contains(row))
      return; // the footer row's own controls
    else origin = rowTarget(row) === element ? 'row' : 'content';
    const rowIndex = row ? Number(row.dataset.index) : activeIndex;
    const action = rowKeyAction(
      event,
      origin,
      Number.isNaN(rowIndex) ? activeIndex : rowIndex,
      messages.length,
    );
    if (!action) return;
    switch (action.type) {
      case 'move':
        event.preventDefault();
        focusRow(action.index);
        return;
      case 'enter': {
        if (!row) return;
        insideId.current = row.getAttribute(ROW_ID_ATTRIBUTE);
        setContentTabbable(row, true);
        if (focusFirstControl(row)) event.preventDefault();
        else leaveInside(); // nothing to go into
        return;
      }
      case 'exit':
        if (!row) return;
        event.preventDefault();
        leaveInside();
        rowTarget(row).focus();
        return;
    }
  };

  const onFocus = (event: React.FocusEvent<HTMLDivElement>) => {
    focusWithin.current = true;
    const element = event.target as HTMLElement;
    const row = element.closest<HTMLElement>(ROW);
    const id = row?.getAttribute(ROW_ID_ATTRIBUTE);
    if (!row || !id) return;
    setChosenId(id);
    if (rowTarget(row) === element) {
      if (insideId.current !== null) leaveInside();
    } else if (insideId.current !== id) {
      // A click or a script put focus on a control: Tab goes on from there, within this message.
      leaveInside();
      insideId.current = id;
      setContentTabbable(row, true);
    }
  };

  const onBlur = (event: React.FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && viewport?.contains(next)) return;
    if (next) {
      // Focus moved elsewhere on the page (Tab out of the list, a click on the composer).
      focusWithin.current = false;
      pendingFocus.current = null;
      leaveInside();
      return;
    }
    // No next element: the window lost focus, the user clicked on nothing, or the focused row
    // was removed. Only the last keeps focus "within" (the layout effect then catches it).
    const left = event.target as Node;
    queueMicrotask(() => {
      if (left.isConnected && !viewport?.contains(document.activeElement)) focusWithin.current = false;
    });
  };

  return { activeIndex, handlers: { onKeyDown, onFocus, onBlur } };
}

/** Adds `value` to the list `map` holds for `key`. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
