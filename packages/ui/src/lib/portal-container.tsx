import * as React from 'react';

const PortalContainerContext = React.createContext<HTMLElement | null>(null);

/** Props of `PortalContainerProvider`. */
export interface PortalContainerProviderProps {
  /** Where the kit's popovers, menus and dialogs render; `null` keeps Radix's `document.body`. */
  container: HTMLElement | null;
  children?: React.ReactNode;
}

/**
 * Sets where the kit's Radix portals (popovers, menus, dialogs) render, e.g. inside a shadow
 * root, where content portalled to `document.body` would lose the kit's styles.
 * @example <PortalContainerProvider container={shadowMount}><Thread /></PortalContainerProvider>
 */
export function PortalContainerProvider({ container, children }: PortalContainerProviderProps) {
  return <PortalContainerContext.Provider value={container}>{children}</PortalContainerContext.Provider>;
}

/** The portal container set by the nearest `PortalContainerProvider`; `undefined` outside one (Radix then uses `document.body`). */
export function usePortalContainer(): HTMLElement | undefined {
  return React.useContext(PortalContainerContext) ?? undefined;
}
