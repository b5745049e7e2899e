import { formatNumber, useLocale } from '@agent-chat/react';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';

/** Props of `AttachmentProgress`. */
export interface AttachmentProgressProps extends React.ComponentProps<'div'> {
  /** 0..1; undefined while the share done is unknown (an indeterminate bar). */
  value: number | undefined;
  /** Accessible name, e.g. "Uploading report.pdf". */
  label: string;
}

/**
 * A thin progress bar for one attachment: `role="progressbar"` with the percentage as its value
 * text in the locale's digits. It fills from the inline start (right to left in RTL) and only
 * animates for people who have not asked for reduced motion.
 * @example <AttachmentProgress value={0.42} label="Uploading report.pdf" />
 */
export function AttachmentProgress({ value, label, className, ...props }: AttachmentProgressProps) {
  const { locale } = useLocale();
  const share = value === undefined ? undefined : Math.min(1, Math.max(0, value));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      {...(share === undefined
        ? {}
        : {
            'aria-valuenow': Math.round(share * 100),
            'aria-valuetext': formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 0 }),
          })}
      data-slot="attachment-progress"
      data-state={share === undefined ? 'indeterminate' : 'determinate'}
      className={cn('h-1 w-full overflow-hidden rounded-full bg-background', className)}
      {...props}
    >
      <div
        data-slot="attachment-progress-indicator"
        className={cn(
          'h-full rounded-full bg-primary',
          share === undefined
            ? 'w-1/3 motion-safe:animate-pulse'
            : 'motion-safe:transition-all motion-safe:duration-200',
        )}
        style={share === undefined ? undefined : { inlineSize: `${share * 100}%` }}
      />
    </div>
  );
}
