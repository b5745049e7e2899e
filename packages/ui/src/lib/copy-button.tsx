import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { Button } from './button.tsx';
import { cn } from './cn.ts';
import { CheckIcon, CopyIcon } from './icons.tsx';
import { useCopyToClipboard } from './use-copy-to-clipboard.ts';

/** Props of `CopyButton`: the text to copy and the accessible label (`Copy` in the locale by default). */
export interface CopyButtonProps extends Omit<React.ComponentProps<'button'>, 'value'> {
  value: string | (() => string);
  label?: string;
}

/**
 * Icon button that copies `value` and says "Copied" for two seconds (also to screen readers).
 * @example <CopyButton value={code} label="Copy code" />
 */
export function CopyButton({ value, label, className, onClick, ...props }: CopyButtonProps) {
  const t = useMessages();
  const { copied, copy } = useCopyToClipboard();
  return (
    <Button
      variant="ghost"
      size="icon"
      data-slot="copy-button"
      data-state={copied ? 'copied' : 'idle'}
      aria-label={copied ? t.copied : (label ?? t.copy)}
      title={copied ? t.copied : (label ?? t.copy)}
      className={cn('size-7 transition-colors', className)}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) void copy(typeof value === 'function' ? value() : value);
      }}
      {...props}
    >
      {copied ? <CheckIcon /> : <CopyIcon />}
    </Button>
  );
}
