import * as React from 'react';
import type { ComposerAttachments } from './types.ts';

/** What the parts of a `<Composer>` share. */
export interface ComposerContextValue {
  text: string;
  setText(text: string): void;
  /** A reply is being generated: Send turns into Stop. */
  isBusy: boolean;
  disabled: boolean;
  /** Send is possible now (text or files, nothing blocking). */
  canSend: boolean;
  /** Why Send is blocked, shown beside it. */
  blockReason: string | undefined;
  blockReasonId: string;
  attachments: ComposerAttachments | undefined;
  send(): void;
  stop(): void;
  /** Open the system file picker. */
  openFilePicker(): void;
  textareaRef: React.RefObject<HTMLTextAreaElement | null>;
  focusInput(): void;
}

/** Context of `<Composer>`; read it through `useComposerContext`. */
export const ComposerContext = React.createContext<ComposerContextValue | null>(null);

/** Reads the enclosing `<Composer>`; throws a clear error naming `part` when there is none. */
export function useComposerContext(part: string): ComposerContextValue {
  const context = React.useContext(ComposerContext);
  if (!context) throw new Error(`<${part}> must be used inside <Composer>.`);
  return context;
}
