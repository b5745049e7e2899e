/*
 * Stands in for @radix-ui/react-focus-guards in the widget bundle (a Vite alias). Radix puts two
 * focusable spans at the edges of `document.body` while a dialog, popover or menu is open; the
 * widget must add nothing to the page's DOM, and its layers are non-modal, which trap no focus
 * and so need no guards.
 */
import type * as React from 'react';

/** Adds no focus guards (see the file comment). */
export function useFocusGuards(): void {}

/** Renders its children without focus guards. */
export function FocusGuards({ children }: { children?: React.ReactNode }) {
  return children;
}

export { FocusGuards as Root };
