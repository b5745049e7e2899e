import type * as React from 'react';
import { cn } from '../lib/cn.ts';

const MAX_CHARS = 20_000;

/** Pretty JSON for display; strings stay as they are, cycles and BigInts do not throw. */
export function formatJson(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  try {
    const seen = new WeakSet<object>();
    return (
      JSON.stringify(
        value,
        (_key, inner: unknown) => {
          if (typeof inner === 'bigint') return inner.toString();
          if (typeof inner === 'object' && inner !== null) {
            if (seen.has(inner)) return '[Circular]';
            seen.add(inner);
          }
          return inner;
        },
        2,
      ) ?? String(value)
    );
  } catch {
    return String(value);
  }
}

/** A read-only, scrollable JSON (or text) view, cut off after 20,000 characters. */
export function JsonView({
  value,
  className,
  ...props
}: { value: unknown } & Omit<React.ComponentProps<'pre'>, 'children'>) {
  const text = formatJson(value);
  const shown =
    text.length > MAX_CHARS
      ? `${text.slice(0, MAX_CHARS)}\n… ${text.length - MAX_CHARS} more characters`
      : text;
  return (
    <pre
      data-slot="json-view"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the view scrolls and must be reachable by keyboard
      tabIndex={0}
      className={cn(
        'max-h-72 overflow-auto whitespace-pre-wrap break-words rounded-md bg-code p-2 font-mono text-xs text-code-foreground focus-visible:outline-2 focus-visible:outline-ring',
        className,
      )}
      {...props}
    >
      {shown}
    </pre>
  );
}
