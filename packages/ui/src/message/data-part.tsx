import type { UIMessage } from 'ai';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { useDataPartRegistry } from './data-part-registry.tsx';
import { JsonView } from './json-view.tsx';

/** Props of `DataPart`: a `data-*` part and the message it belongs to. */
export interface DataPartViewProps extends Omit<React.ComponentProps<'div'>, 'part'> {
  part: { type: `data-${string}`; id?: string | undefined; data: unknown };
  message: UIMessage;
}

/** Renders a `data-*` part with the registered component for its name, or as readable JSON. */
export function DataPart({ part, message, className, ...props }: DataPartViewProps) {
  const registry = useDataPartRegistry();
  const name = part.type.slice('data-'.length);
  const Component = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (Component) return <Component name={name} data={part.data} id={part.id} message={message} />;
  return (
    <div
      data-slot="data-part"
      data-name={name}
      className={cn('rounded-lg border border-border bg-card p-3 text-card-foreground', className)}
      {...props}
    >
      <div data-slot="data-part-label" className="mb-1 font-mono text-xs text-muted-foreground">
        {name}
      </div>
      <JsonView value={part.data} />
    </div>
  );
}
