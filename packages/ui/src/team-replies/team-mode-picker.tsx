import { useMessages } from '@agent-chat/react';
import { RadioGroup } from 'radix-ui';
import type * as React from 'react';
import { focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { modeLabel } from './mode-label.ts';

/** Props of `TeamModePicker`. */
export interface TeamModePickerProps
  extends Omit<React.ComponentProps<'div'>, 'onChange' | 'dir' | 'defaultValue'> {
  modes: readonly string[];
  value: string;
  onValueChange(mode: string): void;
  disabled?: boolean;
}

/**
 * A segmented control (Radix radio group: arrows move, one tab stop) choosing how the team answers.
 * @example <TeamModePicker modes={modes} value={mode} onValueChange={setMode} />
 */
export function TeamModePicker({
  modes,
  value,
  onValueChange,
  disabled,
  className,
  ...props
}: TeamModePickerProps) {
  const t = useMessages();
  const description = t.teamModeDescription(value);
  return (
    <div data-slot="team-mode-picker" className={cn('grid gap-1', className)} {...props}>
      <RadioGroup.Root
        aria-label={t.teamMode}
        value={value}
        onValueChange={onValueChange}
        disabled={disabled}
        orientation="horizontal"
        className="inline-flex w-fit flex-wrap gap-0.5 rounded-lg bg-muted p-0.5"
      >
        {modes.map((mode) => (
          <RadioGroup.Item
            key={mode}
            value={mode}
            // A radio is checked as focus reaches it (WAI-ARIA radio group); Tab only ever lands on
            // the checked one, so focus moves to another mode only by arrow keys or a click.
            onFocus={() => {
              if (!disabled && mode !== value) onValueChange(mode);
            }}
            data-slot="team-mode"
            className={cn(
              'rounded-md px-3 py-1 text-sm text-muted-foreground hover:text-foreground disabled:opacity-50 data-[state=checked]:bg-background data-[state=checked]:text-foreground data-[state=checked]:shadow-sm',
              focusRing,
            )}
          >
            {modeLabel(mode)}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
      {description ? <p className="text-xs text-muted-foreground">{description}</p> : null}
    </div>
  );
}
