/** Where a key press in the message list came from. */
export type RowKeyOrigin = 'row' | 'content' | 'list';

/** What a key press in the message list does: move to a row, go into a row's content, or come back out. */
export type RowKeyAction = { type: 'move'; index: number } | { type: 'enter' } | { type: 'exit' };

/** The parts of a keyboard event the row keys read. */
export interface RowKey {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

/**
 * The roving-row keyboard model of the message list (as MUI X Chat documents it): on a row,
 * ArrowUp/ArrowDown move to the previous/next message, Home/End to the first/latest, Enter or F2
 * go into the message's controls; inside them Escape or F2 come back to the row. PageUp/PageDown
 * are left to the browser, so a message taller than the viewport can still be read by scrolling.
 * On the list itself (when the remembered row is not rendered) the keys move to a row.
 * `index` is the remembered row; `count` the number of message rows. Returns nothing for keys
 * the list leaves alone.
 */
export function rowKeyAction(
  event: RowKey,
  origin: RowKeyOrigin,
  index: number,
  count: number,
): RowKeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || count === 0) return undefined;
  if (origin === 'content') {
    return event.key === 'Escape' || (event.key === 'F2' && !event.shiftKey) ? { type: 'exit' } : undefined;
  }
  if (event.shiftKey) return undefined;
  const last = count - 1;
  const current = Math.min(Math.max(index, 0), last);
  switch (event.key) {
    case 'ArrowUp':
      return move(origin === 'list' ? current : Math.max(current - 1, 0));
    case 'ArrowDown':
      return move(origin === 'list' ? current : Math.min(current + 1, last));
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'Enter':
    case 'F2':
      return origin === 'row' ? { type: 'enter' } : undefined;
    default:
      return undefined;
  }
}

function move(index: number): RowKeyAction {
  return { type: 'move', index };
}
