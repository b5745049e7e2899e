import { useMessages } from '@agent-chat/react';
import * as React from 'react';
import { cn } from '../lib/cn.ts';

/** Props of `MessageEdit`. */
export interface MessageEditProps extends Omit<React.ComponentProps<'form'>, 'onSubmit'> {
  initialText: string;
  onSave(text: string): void;
  onCancel(): void;
  /** Text of the save button; `Send` by default (e.g. "Send as a new message" where edits cannot branch). */
  saveLabel?: string | undefined;
}

/**
 * Inline editor for a sent user message: Enter saves and resends, Shift+Enter adds a line,
 * Escape cancels. IME composition is respected (Enter while composing does not send).
 */
export function MessageEdit({
  initialText,
  onSave,
  onCancel,
  saveLabel,
  className,
  ...props
}: MessageEditProps) {
  const t = useMessages();
  const [text, setText] = React.useState(initialText);
  const textarea = React.useRef<HTMLTextAreaElement>(null);
  React.useEffect(() => {
    const element = textarea.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const save = () => {
    if (text.trim() === '') return;
    onSave(text);
  };
  return (
    <form
      data-slot="message-edit"
      className={cn('flex w-full flex-col gap-2', className)}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      {...props}
    >
      <textarea
        ref={textarea}
        data-slot="message-edit-input"
        aria-label={t.editMessage}
        value={text}
        rows={Math.min(10, Math.max(2, text.split('\n').length))}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            save();
          }
        }}
        className="w-full resize-y rounded-bubble border border-input bg-background px-3 py-2 text-sm text-foreground focus-visible:outline-2 focus-visible:outline-ring"
      />
      <div data-slot="message-edit-buttons" className="flex justify-end gap-2">
        <button
          type="button"
          data-slot="message-edit-cancel"
          onClick={onCancel}
          className="inline-flex h-8 items-center rounded-md border border-border bg-background px-3 text-sm hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
        >
          {t.cancel}
        </button>
        <button
          type="submit"
          data-slot="message-edit-save"
          disabled={text.trim() === ''}
          className="inline-flex h-8 items-center rounded-md bg-primary px-3 text-sm font-medium text-primary-foreground hover:bg-primary/90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:opacity-50"
        >
          {saveLabel ?? t.send}
        </button>
      </div>
    </form>
  );
}
