import { useLocale, useMessages } from '@agent-chat/react';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import { ChevronLeftIcon, ChevronRightIcon } from '../lib/icons.tsx';
import { messageActionClass } from './message-actions.tsx';

/** Props of `BranchPicker`. */
export interface BranchPickerProps extends Omit<React.ComponentProps<'div'>, 'onSelect'> {
  /** 0-based position of the version shown. */
  index: number;
  count: number;
  /** Show the version at `index`. */
  onSelect(index: number): void;
  /** Disable switching (a reply is streaming). */
  disabled?: boolean;
}

/**
 * "‹ 2 / 3 ›": switches between the versions of a turn that edits and regenerations made. Two
 * buttons with names, and a polite status that says which version is shown after a switch.
 * @example <BranchPicker index={1} count={3} onSelect={(i) => switchBranch(siblings[i])} />
 */
export function BranchPicker({
  index,
  count,
  onSelect,
  disabled = false,
  className,
  ...props
}: BranchPickerProps) {
  const t = useMessages();
  const { locale } = useLocale();
  const previous = React.useRef<HTMLButtonElement>(null);
  const next = React.useRef<HTMLButtonElement>(null);
  // Reaching an end disables the button just pressed: keep the keyboard in the picker.
  const select = (target: number) => {
    onSelect(target);
    if (target === 0) next.current?.focus();
    else if (target === count - 1) previous.current?.focus();
  };
  if (count < 2) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: two buttons and a status, not a form: a fieldset would add a legend and form semantics
    <div
      role="group"
      aria-label={t.versions}
      data-slot="branch-picker"
      className={cn('inline-flex items-center text-xs text-muted-foreground', className)}
      {...props}
    >
      <button
        type="button"
        data-slot="branch-picker-previous"
        aria-label={t.previousVersion}
        title={t.previousVersion}
        disabled={disabled || index === 0}
        className={messageActionClass}
        ref={previous}
        onClick={() => select(index - 1)}
      >
        <ChevronLeftIcon className="rtl:-scale-x-100" />
      </button>
      <span data-slot="branch-picker-state" role="status" className="min-w-10 text-center tabular-nums">
        <span aria-hidden="true">
          {(index + 1).toLocaleString(locale)} / {count.toLocaleString(locale)}
        </span>
        <span className="sr-only">{t.versionOf(index + 1, count)}</span>
      </span>
      <button
        type="button"
        data-slot="branch-picker-next"
        aria-label={t.nextVersion}
        title={t.nextVersion}
        disabled={disabled || index === count - 1}
        className={messageActionClass}
        ref={next}
        onClick={() => select(index + 1)}
      >
        <ChevronRightIcon className="rtl:-scale-x-100" />
      </button>
    </div>
  );
}
