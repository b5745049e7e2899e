import { memo } from 'react';
import { Streamdown } from 'streamdown';
import 'streamdown/styles.css';
import type { RenderText } from '../naive.tsx';

/** AI Elements' `MessageResponse`: `<Streamdown>` memoised on its text (no optional plugins installed). */
const MessageResponse = memo(
  ({ children, isAnimating }: { children: string; isAnimating: boolean }) => (
    <Streamdown className="size-full [&>*:first-child]:mt-0 [&>*:last-child]:mb-0" isAnimating={isAnimating}>
      {children}
    </Streamdown>
  ),
  (previous, next) => previous.children === next.children && previous.isAnimating === next.isAnimating,
);

/** Streamdown inside `useChat`, as AI Elements' message component uses it. */
export const renderStreamdown: RenderText = (text, streaming) => (
  <MessageResponse isAnimating={streaming}>{text}</MessageResponse>
);
