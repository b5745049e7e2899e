import { describe, expect, it } from 'vitest';
import { rowKeyAction } from './row-keys.ts';

const key = (value: string, modifiers: Record<string, boolean> = {}) => ({ key: value, ...modifiers });

describe('rowKeyAction', () => {
  it('moves between rows with the arrows and stops at either end', () => {
    expect(rowKeyAction(key('ArrowUp'), 'row', 3, 12)).toEqual({ type: 'move', index: 2 });
    expect(rowKeyAction(key('ArrowDown'), 'row', 3, 12)).toEqual({ type: 'move', index: 4 });
    expect(rowKeyAction(key('ArrowUp'), 'row', 0, 12)).toEqual({ type: 'move', index: 0 });
    expect(rowKeyAction(key('ArrowDown'), 'row', 11, 12)).toEqual({ type: 'move', index: 11 });
  });

  it('jumps to the first and latest message with Home and End', () => {
    expect(rowKeyAction(key('Home'), 'row', 7, 500)).toEqual({ type: 'move', index: 0 });
    expect(rowKeyAction(key('End'), 'row', 7, 500)).toEqual({ type: 'move', index: 499 });
  });

  it('goes into a message with Enter or F2 and comes back with Escape or F2', () => {
    expect(rowKeyAction(key('Enter'), 'row', 2, 5)).toEqual({ type: 'enter' });
    expect(rowKeyAction(key('F2'), 'row', 2, 5)).toEqual({ type: 'enter' });
    expect(rowKeyAction(key('Escape'), 'content', 2, 5)).toEqual({ type: 'exit' });
    expect(rowKeyAction(key('F2'), 'content', 2, 5)).toEqual({ type: 'exit' });
    expect(rowKeyAction(key('Escape'), 'row', 2, 5)).toBeUndefined();
  });

  it('leaves the keys of a message’s own controls alone', () => {
    for (const name of ['ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', 'a']) {
      expect(rowKeyAction(key(name), 'content', 2, 5)).toBeUndefined();
    }
  });

  it('leaves PageUp/PageDown, modified keys and empty lists to the browser', () => {
    expect(rowKeyAction(key('PageDown'), 'row', 2, 5)).toBeUndefined();
    expect(rowKeyAction(key('PageUp'), 'row', 2, 5)).toBeUndefined();
    expect(rowKeyAction(key('ArrowDown', { ctrlKey: true }), 'row', 2, 5)).toBeUndefined();
    expect(rowKeyAction(key('End', { shiftKey: true }), 'row', 2, 5)).toBeUndefined();
    expect(rowKeyAction(key('Home', { metaKey: true }), 'row', 2, 5)).toBeUndefined();
    expect(rowKeyAction(key('ArrowDown'), 'row', 0, 0)).toBeUndefined();
  });

  it('on the list itself, the arrows go to the remembered row and Home/End to the ends', () => {
    expect(rowKeyAction(key('ArrowDown'), 'list', 4, 12)).toEqual({ type: 'move', index: 4 });
    expect(rowKeyAction(key('ArrowUp'), 'list', 4, 12)).toEqual({ type: 'move', index: 4 });
    expect(rowKeyAction(key('End'), 'list', 4, 12)).toEqual({ type: 'move', index: 11 });
    expect(rowKeyAction(key('Enter'), 'list', 4, 12)).toBeUndefined();
  });
});
