import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { useComposerContext } from './composer-context.tsx';
import { useAutoGrow } from './use-auto-grow.ts';

/** Props of `ComposerInput`. */
export interface ComposerInputProps extends Omit<React.ComponentProps<'textarea'>, 'value' | 'defaultValue'> {
  /** Height in pixels after which the textarea scrolls. */
  maxHeight?: number;
}

function isImeComposing(event: React.KeyboardEvent): boolean {
  // keyCode 229 is the Enter that confirms an IME candidate in Safari and older Chromium.
  return event.nativeEvent.isComposing || event.keyCode === 229;
}

/**
 * The composer's textarea, labelled "Message": Enter sends, Shift+Enter adds a line (never while
 * an IME is composing), Escape stops a streaming reply, pasted files become attachments.
 * Must sit inside <Composer>.
 */
export function ComposerInput({
  className,
  maxHeight = 240,
  onKeyDown,
  onPaste,
  ...props
}: ComposerInputProps) {
  const { text, setText, isBusy, disabled, send, stop, attachments, textareaRef } =
    useComposerContext('ComposerInput');
  const t = useMessages();
  useAutoGrow(textareaRef, text, maxHeight);
  return (
    <textarea
      ref={textareaRef}
      data-slot="composer-input"
      aria-label={t.composerInputLabel}
      rows={1}
      value={text}
      disabled={disabled}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        // Only the caller's own handler may cancel ours: an enclosing layer (a dialog that
        // keeps Escape from closing it) may already have prevented the native event.
        const preventedBefore = event.defaultPrevented;
        onKeyDown?.(event);
        if (event.defaultPrevented && !preventedBefore) return;
        if (event.key === 'Enter' && !event.shiftKey && !isImeComposing(event)) {
          event.preventDefault();
          send();
        } else if (event.key === 'Escape' && isBusy) {
          event.preventDefault();
          stop();
        }
      }}
      onPaste={(event) => {
        onPaste?.(event);
        if (event.defaultPrevented || !attachments) return;
        const files = Array.from(event.clipboardData.files);
        if (files.length === 0) return;
        // A pasted screenshot carries no text; keep the file name from landing in the draft.
        if (!event.clipboardData.getData('text/plain')) event.preventDefault();
        attachments.add(files);
      }}
      className={cn(
        'block max-h-60 min-h-10 w-full resize-none bg-transparent px-2 py-2 text-sm text-foreground outline-none placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-60',
        className,
      )}
      {...props}
    />
  );
}
