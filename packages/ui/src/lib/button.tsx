import { cva, type VariantProps } from 'class-variance-authority';
import { Slot } from 'radix-ui';
import type * as React from 'react';
import { cn } from './cn.ts';

/** The keyboard focus ring every interactive part of the kit shows (buttons, fields, cells). */
export const focusRing = 'focus-visible:outline-2 focus-visible:outline-ring';

/** Class names of `Button` by variant and size; use on a Radix part that renders its own button. */
export const buttonVariants = cva(
  ['inline-flex items-center justify-center rounded-md text-sm disabled:opacity-50', focusRing].join(' '),
  {
    variants: {
      variant: {
        // Filled buttons sit on the page background: the ring is offset so it stays visible.
        default:
          'bg-primary font-medium text-primary-foreground hover:bg-primary/90 focus-visible:outline-offset-2',
        secondary: 'bg-secondary font-medium text-secondary-foreground hover:bg-secondary/80',
        ghost: 'text-muted-foreground hover:bg-accent hover:text-accent-foreground',
        outline: 'border border-border hover:bg-accent hover:text-accent-foreground',
        destructive:
          'bg-destructive font-medium text-destructive-foreground hover:bg-destructive/90 focus-visible:outline-offset-2',
      },
      size: {
        sm: 'h-8 gap-1.5 px-3',
        md: 'h-9 gap-2 px-3',
        icon: 'size-9 shrink-0',
      },
    },
    defaultVariants: { variant: 'default', size: 'md' },
  },
);

/** Props of `Button`. */
export interface ButtonProps extends React.ComponentProps<'button'>, VariantProps<typeof buttonVariants> {
  /** Render the single child element (a link, a Radix trigger) with the button's props and styles. */
  asChild?: boolean;
}

/**
 * The kit's button: one set of variants, sizes and one focus ring. `type` defaults to "button"
 * so a button inside a form never submits it by accident. Pass `data-slot` to name the part.
 * @example <Button variant="outline" size="sm" onClick={load}>Load more</Button>
 */
export function Button({ className, variant, size, asChild = false, type, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : 'button';
  return (
    <Comp
      data-slot="button"
      // A child element keeps its own type; a plain button is not a submit button by default.
      type={asChild ? type : (type ?? 'button')}
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    />
  );
}
