import { useMessages, useStopReadingOnReply } from '@agent-chat/react';
import { useControllableState } from 'radix-ui/internal';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { cn } from '../lib/cn.ts';
import { ComposerAttachButton } from './composer-attach-button.tsx';
import { ComposerAttachmentList } from './composer-attachment-list.tsx';
import { ComposerContext, type ComposerContextValue } from './composer-context.tsx';
import { ComposerDictateButton } from './composer-dictate-button.tsx';
import { ComposerHint } from './composer-hint.tsx';
import { ComposerInput } from './composer-input.tsx';
import { ComposerSubmit } from './composer-submit.tsx';
import { sendBlockReason } from './send-block-reason.ts';
import type { ComposerAttachments, ComposerSendInput } from './types.ts';

/** Props of `Composer`. */
export interface ComposerProps extends Omit<React.ComponentProps<'form'>, 'onSubmit'> {
  /** Send the draft. Resolve `false` when it failed: the text and files are put back. */
  onSend(input: ComposerSendInput): Promise<boolean | undefined> | boolean | undefined;
  /** Stop the reply being generated. */
  onStop?: () => void;
  /** A reply is being generated (status `submitted` or `streaming`). */
  isBusy?: boolean;
  disabled?: boolean;
  /** Attachments (`useAttachments()`); without them the attach button and chips are hidden. */
  attachments?: ComposerAttachments | undefined;
  /** A draft given back after a failed send; filled in once, then `onDraftRestored` is called. */
  draft?: ComposerSendInput | undefined;
  onDraftRestored?: () => void;
  /** Controlled text of the textarea. */
  value?: string;
  defaultValue?: string;
  onValueChange?: (text: string) => void;
  placeholder?: string;
  /** The composer's text, to read and set from outside without re-rendering the owner per keystroke. */
  apiRef?: React.Ref<ComposerApi> | undefined;
}

/** What `apiRef` gives: the composer's current text, read when needed. */
export interface ComposerApi {
  getText(): string;
  setText(text: string): void;
}

function mergeText(restored: string, current: string): string {
  return current.trim() ? `${restored}\n${current}` : restored;
}

/**
 * The message composer: an auto-growing textarea (Enter sends, Shift+Enter adds a line), Send
 * that becomes Stop while a reply streams, attachments by button, paste or drop, and the reason
 * Send is blocked. Without children it renders the default layout; pass parts to arrange your own.
 * @example <Composer onSend={send} onStop={stop} isBusy={status === 'streaming'} attachments={attachments} />
 */
export function Composer({
  onSend,
  onStop,
  isBusy = false,
  disabled = false,
  attachments,
  draft,
  onDraftRestored,
  value,
  defaultValue = '',
  onValueChange,
  placeholder,
  apiRef,
  className,
  children,
  ...props
}: ComposerProps) {
  const [text, setText] = useControllableState({
    prop: value,
    defaultProp: defaultValue,
    onChange: onValueChange,
    caller: 'Composer',
  });
  const textareaRef = React.useRef<HTMLTextAreaElement>(null);
  const fileInputRef = React.useRef<HTMLInputElement>(null);
  const textRef = React.useRef(text);
  textRef.current = text;
  const blockReasonId = React.useId();
  const t = useMessages();
  // A new reply silences the one being read aloud.
  useStopReadingOnReply(isBusy);
  const blockReason = sendBlockReason(attachments, t);
  const hasContent = text.trim().length > 0 || (attachments?.readyFiles.length ?? 0) > 0;
  const canSend = !disabled && !isBusy && hasContent && blockReason === undefined;

  React.useImperativeHandle(apiRef, () => ({ getText: () => textRef.current, setText }), [setText]);

  const focusInput = React.useCallback(() => textareaRef.current?.focus(), []);
  // A sent draft leaves the composer at the first of the next task and the next frame, in one
  // render of its own; the frame that shows the sent message never shows it in the composer too.
  // Rendering it in the click's own task would hold the reply's request back by that render.
  const clearing = React.useRef<(() => void) | undefined>(undefined);
  const clearSent = (sent: string) => {
    const clear = () => {
      if (clearing.current !== clear) return; // done, or the draft was given back
      clearing.current = undefined;
      flushSync(() => {
        // Words typed since the send stay.
        if (textRef.current.trim() === sent) setText('');
        attachments?.clear();
      });
    };
    clearing.current = clear;
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(clear);
    setTimeout(clear, 0);
  };
  const restore = React.useCallback(
    (input: ComposerSendInput) => {
      // A draft given back before it left the composer is still there, with its files.
      const stillHere = clearing.current !== undefined;
      clearing.current = undefined;
      if (stillHere) return;
      setText(mergeText(input.text, textRef.current));
      if (input.files.length > 0) attachments?.restore(input.files);
    },
    [attachments, setText],
  );

  // Fill each given-back draft in once, even if the owner keeps passing the same object.
  const restoredDraft = React.useRef<ComposerSendInput | undefined>(undefined);
  React.useEffect(() => {
    if (!draft || restoredDraft.current === draft) return;
    restoredDraft.current = draft;
    restore(draft);
    onDraftRestored?.();
  }, [draft, restore, onDraftRestored]);

  const send = async () => {
    // A draft still on its way out is not sent twice.
    if (!canSend || clearing.current) return;
    const input = { text: text.trim(), files: attachments?.readyFiles ?? [] };
    clearSent(input.text);
    focusInput();
    let ok: boolean | undefined;
    try {
      ok = await onSend(input);
    } catch {
      ok = false;
    }
    // With a draft channel the owner gives the draft back; otherwise put it back ourselves.
    if (ok === false && !onDraftRestored) restore(input);
  };

  const context: ComposerContextValue = {
    text,
    setText,
    isBusy,
    disabled,
    canSend,
    blockReason,
    blockReasonId,
    attachments,
    send: () => void send(),
    stop: () => {
      onStop?.();
      focusInput();
    },
    openFilePicker: () => fileInputRef.current?.click(),
    textareaRef,
    focusInput,
  };

  return (
    <ComposerContext.Provider value={context}>
      <form
        data-slot="composer"
        data-state={isBusy ? 'streaming' : 'idle'}
        data-disabled={disabled || undefined}
        className={cn(
          'flex w-full flex-col gap-2 rounded-bubble border border-input bg-background p-2 focus-within:ring-2 focus-within:ring-ring',
          className,
        )}
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
        {...props}
      >
        {children ?? (
          <>
            <ComposerAttachmentList />
            <ComposerInput placeholder={placeholder ?? t.composerPlaceholder} />
            <div data-slot="composer-toolbar" className="flex items-center gap-2">
              <ComposerAttachButton />
              <ComposerDictateButton />
              <ComposerHint className="min-w-0 flex-1" />
              <ComposerSubmit className="ms-auto" />
            </div>
          </>
        )}
        {attachments ? (
          <input
            ref={fileInputRef}
            type="file"
            multiple
            hidden
            data-slot="composer-file-input"
            accept={attachments.limits?.accept?.join(',')}
            onChange={(event) => {
              const files = event.currentTarget.files;
              if (files && files.length > 0) attachments.add(Array.from(files));
              event.currentTarget.value = '';
              focusInput();
            }}
          />
        ) : null}
      </form>
    </ComposerContext.Provider>
  );
}
