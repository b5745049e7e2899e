import { BACKEND_KINDS, type BackendKind, isBackendKind } from '@agent-chat/client';

/** Corners the launcher can sit in. */
export const WIDGET_POSITIONS = ['bottom-right', 'bottom-left'] as const;
/** Colour themes; `auto` follows `prefers-color-scheme`. */
export const WIDGET_THEMES = ['light', 'dark', 'auto'] as const;

/** One of `WIDGET_POSITIONS`. */
export type WidgetPosition = (typeof WIDGET_POSITIONS)[number];
/** One of `WIDGET_THEMES`. */
export type WidgetTheme = (typeof WIDGET_THEMES)[number];

/** The element's configuration, read from its attributes. */
export interface WidgetSettings {
  baseUrl: string;
  /** Unset: the proxy's (`GET {base-url}/config`), else `noxus-v1`. */
  api: BackendKind | undefined;
  /** Unset: the proxy's agent. */
  agentId: string | undefined;
  title: string;
  position: WidgetPosition;
  theme: WidgetTheme;
  open: boolean;
}

/** What an attribute-less element uses. */
export const DEFAULT_WIDGET_SETTINGS: Readonly<WidgetSettings> = {
  baseUrl: '/agent-chat',
  api: undefined,
  agentId: undefined,
  title: 'Chat',
  position: 'bottom-right',
  theme: 'auto',
  open: false,
};

/** The attributes the element observes. */
export const WIDGET_ATTRIBUTES = [
  'base-url',
  'api',
  'agent-id',
  'title',
  'position',
  'theme',
  'open',
] as const;

/** One of `WIDGET_ATTRIBUTES`. */
export type WidgetAttribute = (typeof WIDGET_ATTRIBUTES)[number];

function oneOf<T extends string, F extends T | undefined>(
  attribute: string,
  value: string,
  allowed: readonly T[],
  fallback: F,
  report: (message: string) => void,
): T | F {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const instead = fallback === undefined ? "the proxy's" : `"${fallback}"`;
  report(
    `<agent-chat-widget>: ${attribute}="${value}" is not allowed; use one of ${allowed.join(', ')}. Using ${instead}.`,
  );
  return fallback;
}

/**
 * Applies one attribute's value (`null` when removed) to `settings`, falling back to the default
 * and calling `report` with a message naming the attribute and the allowed values when invalid.
 */
export function applyWidgetAttribute(
  settings: WidgetSettings,
  attribute: WidgetAttribute,
  value: string | null,
  report: (message: string) => void,
): WidgetSettings {
  const text = value?.trim() ?? '';
  switch (attribute) {
    case 'base-url':
      return { ...settings, baseUrl: text || DEFAULT_WIDGET_SETTINGS.baseUrl };
    case 'api': {
      if (!text) return { ...settings, api: DEFAULT_WIDGET_SETTINGS.api };
      // BACKEND_KINDS is the client's list, so a kind added there is accepted here too.
      const api = isBackendKind(text) ? text : oneOf('api', text, BACKEND_KINDS, undefined, report);
      return { ...settings, api };
    }
    case 'agent-id':
      return { ...settings, agentId: text || undefined };
    case 'title':
      return { ...settings, title: text || DEFAULT_WIDGET_SETTINGS.title };
    case 'position':
      return {
        ...settings,
        position: text
          ? oneOf('position', text, WIDGET_POSITIONS, DEFAULT_WIDGET_SETTINGS.position, report)
          : DEFAULT_WIDGET_SETTINGS.position,
      };
    case 'theme':
      return {
        ...settings,
        theme: text
          ? oneOf('theme', text, WIDGET_THEMES, DEFAULT_WIDGET_SETTINGS.theme, report)
          : DEFAULT_WIDGET_SETTINGS.theme,
      };
    case 'open':
      // A boolean attribute: present (any value, even "false", as HTML has it) means open.
      return { ...settings, open: value !== null };
  }
}
