import type * as React from 'react';

/** Props of `LiveRegions`. */
export interface LiveRegionsProps {
  polite: string;
  assertive: string;
}

/**
 * Two visually hidden live regions, always mounted so that screen readers pick up changes:
 * a polite one for completed replies and an assertive one for errors.
 */
export function LiveRegions({ polite, assertive }: LiveRegionsProps): React.JSX.Element {
  return (
    <>
      <div
        data-slot="message-list-status"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="sr-only"
      >
        {polite}
      </div>
      <div data-slot="message-list-alert" aria-live="assertive" aria-atomic="true" className="sr-only">
        {assertive}
      </div>
    </>
  );
}
