import { useLocale, useMessages } from '@agent-chat/react';
import { DropdownMenu } from 'radix-ui';
import type * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { CheckIcon, ColumnsIcon } from '../lib/icons.tsx';
import { usePortalContainer } from '../lib/portal-container.tsx';
import { toolbarButton } from './data-frame-toolbar.tsx';

/** Props of `DataFrameColumnMenu`. */
export interface DataFrameColumnMenuProps extends Omit<React.ComponentProps<'button'>, 'onChange'> {
  /** Every column of the frame, in frame order. */
  columns: readonly string[];
  /** The columns shown. */
  visible: ReadonlySet<string>;
  /** Called with the new set of columns to show (never empty). */
  onVisibleChange(visible: Set<string>): void;
}

/**
 * A "Columns" menu of checkboxes that chooses which columns to fetch and show; the last
 * shown column cannot be hidden.
 * @example <DataFrameColumnMenu columns={all} visible={shown} onVisibleChange={setShown} />
 */
export function DataFrameColumnMenu({
  columns,
  visible,
  onVisibleChange,
  className,
  ...props
}: DataFrameColumnMenuProps) {
  const container = usePortalContainer();
  const t = useMessages();
  const { locale } = useLocale();
  const count = (value: number) => new Intl.NumberFormat(locale).format(value);
  const toggle = (column: string, checked: boolean) => {
    const next = new Set(visible);
    if (checked) next.add(column);
    else next.delete(column);
    if (next.size > 0) onVisibleChange(next);
  };
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button
          variant="outline"
          size="sm"
          data-slot="data-frame-column-menu-trigger"
          className={cn(toolbarButton, className)}
          {...props}
        >
          <ColumnsIcon />
          {t.columnsMenu}
          <span className="text-muted-foreground tabular-nums">
            {count(visible.size)}/{count(columns.length)}
          </span>
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content
          data-slot="data-frame-column-menu"
          align="end"
          sideOffset={4}
          className="z-50 max-h-80 min-w-48 overflow-y-auto rounded-md border border-border bg-popover p-1 text-popover-foreground shadow-md"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-medium text-muted-foreground">
            {t.columnsToShow}
          </DropdownMenu.Label>
          {columns.map((column) => {
            const checked = visible.has(column);
            return (
              <DropdownMenu.CheckboxItem
                key={column}
                checked={checked}
                disabled={checked && visible.size === 1}
                // Keep the menu open so several columns can be toggled in a row.
                onSelect={(event) => event.preventDefault()}
                onCheckedChange={(value) => toggle(column, value === true)}
                data-slot="data-frame-column-option"
                className="relative flex cursor-default items-center gap-2 rounded-sm py-1.5 ps-7 pe-2 text-sm outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-accent data-[highlighted]:text-accent-foreground"
              >
                <DropdownMenu.ItemIndicator className="absolute start-2 inline-flex">
                  <CheckIcon />
                </DropdownMenu.ItemIndicator>
                <span className="truncate">{column}</span>
              </DropdownMenu.CheckboxItem>
            );
          })}
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item
            disabled={visible.size === columns.length}
            onSelect={() => onVisibleChange(new Set(columns))}
            className="flex cursor-default items-center rounded-sm px-2 py-1.5 text-sm outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-accent data-[highlighted]:text-accent-foreground"
          >
            {t.showAllColumns}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
