import type { UIMessage } from 'ai';
import * as React from 'react';

/** Props every registered data-part component receives. */
export interface DataPartProps<DATA = unknown> {
  /** The part's name without the `data-` prefix. */
  name: string;
  data: DATA;
  id?: string | undefined;
  message: UIMessage;
}

/** Components for `data-*` parts by name (without the `data-` prefix), e.g. `{ weather: WeatherCard }`. */
export type DataPartRegistry = Record<string, React.ComponentType<DataPartProps>>;

const DataPartRegistryContext = React.createContext<DataPartRegistry>({});

/**
 * Makes data-part components available to every `Message` below; nested providers extend
 * (and may override) the outer registry.
 * @example <DataPartRegistryProvider registry={{ weather: WeatherCard }}>…</DataPartRegistryProvider>
 */
export function DataPartRegistryProvider({
  registry,
  children,
}: {
  registry: DataPartRegistry;
  children?: React.ReactNode;
}) {
  const outer = React.useContext(DataPartRegistryContext);
  const merged = React.useMemo(() => ({ ...outer, ...registry }), [outer, registry]);
  return <DataPartRegistryContext.Provider value={merged}>{children}</DataPartRegistryContext.Provider>;
}

/** The data-part registry in scope (empty outside any provider). */
export function useDataPartRegistry(): DataPartRegistry {
  return React.useContext(DataPartRegistryContext);
}
