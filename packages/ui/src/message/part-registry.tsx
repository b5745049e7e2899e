import type { UIMessage } from 'ai';
import * as React from 'react';
import type { ToolPartValue } from './tool-name.ts';
import type { MessagePart } from './types.ts';

/** Props every registered part component receives. */
export interface PartProps<PART extends MessagePart = MessagePart> {
  part: PART;
  message: UIMessage;
  /** The part is still arriving. */
  streaming: boolean;
}

/** Components by part type (`text`, `reasoning`, `file`, `tool-getWeather`, `data-weather`, …). */
export type PartRegistry = Record<string, React.ComponentType<PartProps>>;

/** What a tool's own UI receives, in every state of the call. */
export interface ToolUIProps {
  part: ToolPartValue;
  message: UIMessage;
  /** The tool's name (`getWeather`). */
  name: string;
  /** Answer an approval request; absent when there is none or the platform cannot hear it. */
  respond?: ((approved: boolean, reason?: string) => void) | undefined;
  /** Give the output of a tool the browser runs; absent when the call is not waiting for one. */
  addOutput?: ((output: unknown) => void) | undefined;
  /** Report that the browser-run tool failed; the model sees `errorText`. */
  addError?: ((errorText: string) => void) | undefined;
}

/** Components for tools by tool name, e.g. `{ getWeather: WeatherCard }`. */
export type ToolRegistry = Record<string, React.ComponentType<ToolUIProps>>;

interface Registries {
  parts: PartRegistry;
  tools: ToolRegistry;
}

const RegistryContext = React.createContext<Registries>({ parts: {}, tools: {} });

/** Props of `MessagePartsProvider`. */
export interface MessagePartsProviderProps {
  /** Components by part type; they replace the kit's renderer of that type. */
  parts?: PartRegistry | undefined;
  /** Components by tool name, drawn in every state of that tool's calls; the generic card otherwise. */
  tools?: ToolRegistry | undefined;
  children?: React.ReactNode;
}

/**
 * Makes part and tool components available to every `Message` below; nested providers extend
 * (and may override) the outer ones. `data-*` parts have their own `DataPartRegistryProvider`.
 * @example <MessagePartsProvider tools={{ getWeather: WeatherCard }}><Thread /></MessagePartsProvider>
 */
export function MessagePartsProvider({ parts, tools, children }: MessagePartsProviderProps) {
  const outer = React.useContext(RegistryContext);
  const merged = React.useMemo(
    () => ({ parts: { ...outer.parts, ...parts }, tools: { ...outer.tools, ...tools } }),
    [outer, parts, tools],
  );
  return <RegistryContext.Provider value={merged}>{children}</RegistryContext.Provider>;
}

/** The part and tool components in scope (empty outside any provider). */
export function usePartRegistries(): Registries {
  return React.useContext(RegistryContext);
}
