import * as React from 'react';

/**
 * Open state that follows `automatic` (e.g. open while streaming) until the user toggles it;
 * from then on the user's choice wins.
 */
export function useAutoOpen(automatic: boolean): [boolean, (open: boolean) => void] {
  const [choice, setChoice] = React.useState<boolean | undefined>(undefined);
  return [choice ?? automatic, setChoice];
}
