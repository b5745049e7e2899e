import type { DynamicToolUIPart, ToolUIPart } from 'ai';

/** A tool call part: a static `tool-*` part or a `dynamic-tool` part. */
export type ToolPartValue = ToolUIPart | DynamicToolUIPart;

/** The tool's name: `toolName` for dynamic tools, the part type after `tool-` otherwise. */
export function toolName(part: ToolPartValue): string {
  return part.type === 'dynamic-tool' ? part.toolName : part.type.slice('tool-'.length);
}
