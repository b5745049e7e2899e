import { type Backend, type BackendKind, type BackendOptionsByKind, createBackend } from '@agent-chat/client';
import { createRoot, type Root } from 'react-dom/client';
import { type WidgetMessage, withMessageEvents } from './message-events.ts';
import { adoptWidgetStyles } from './shadow-styles.ts';
import { WidgetApp } from './widget-app.tsx';
import {
  applyWidgetAttribute,
  DEFAULT_WIDGET_SETTINGS,
  WIDGET_ATTRIBUTES,
  type WidgetAttribute,
  type WidgetSettings,
} from './widget-attributes.ts';

/** The element's tag name. */
export const WIDGET_TAG = 'agent-chat-widget';

/** Events the element dispatches (all bubble and cross shadow boundaries). */
export interface AgentChatWidgetEventMap {
  'agent-chat:open': CustomEvent<null>;
  'agent-chat:close': CustomEvent<null>;
  /** A message completed: the user's turn once sent, the assistant's reply once streamed. */
  'agent-chat:message': CustomEvent<WidgetMessage>;
}

const DARK_SCHEME = '(prefers-color-scheme: dark)';

function backendFor({ api, baseUrl, agentId }: WidgetSettings): Backend {
  // Every adapter takes `baseUrl`; the AI SDK's takes its endpoint as `api`. Extra options are ignored.
  const options = { baseUrl, api: baseUrl, ...(agentId ? { agentId } : {}) };
  return createBackend(api, options as unknown as BackendOptionsByKind[BackendKind]);
}

/**
 * `<agent-chat-widget>`: a chat launcher and panel for any page, rendered with React in an open
 * shadow root that holds the kit's styles, so the page's CSS cannot reach it and nothing of it
 * reaches the page. Attributes: `base-url`, `api`, `agent-id`, `title`, `position`, `theme`,
 * `open`; methods `open()`, `close()`, `toggle()`; events `agent-chat:open`, `agent-chat:close`,
 * `agent-chat:message`.
 * @example <agent-chat-widget base-url="/agent-chat" api="agents-v2" title="Support"></agent-chat-widget>
 */
export class AgentChatWidgetElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = WIDGET_ATTRIBUTES;

  #settings: WidgetSettings = { ...DEFAULT_WIDGET_SETTINGS };
  #root: Root | undefined;
  #backend: { key: string; backend: Backend } | undefined;
  readonly #themeRoot: HTMLDivElement;
  readonly #mount: HTMLDivElement;
  readonly #portal: HTMLDivElement;
  #colorScheme: MediaQueryList | undefined;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adoptWidgetStyles(shadow);
    this.#themeRoot = document.createElement('div');
    this.#themeRoot.dataset.slot = 'widget-root';
    this.#mount = document.createElement('div');
    this.#portal = document.createElement('div');
    this.#portal.dataset.slot = 'widget-portal';
    this.#themeRoot.append(this.#mount, this.#portal);
    shadow.append(this.#themeRoot);
  }

  /** Opens the panel (sets the `open` attribute). */
  open(): void {
    this.toggleAttribute('open', true);
  }

  /** Closes the panel (removes the `open` attribute). */
  close(): void {
    this.toggleAttribute('open', false);
  }

  /** Opens the panel when closed, closes it when open. */
  toggle(): void {
    this.toggleAttribute('open', !this.#settings.open);
  }

  connectedCallback(): void {
    this.#colorScheme = window.matchMedia(DARK_SCHEME);
    this.#colorScheme.addEventListener('change', this.#applyTheme);
    this.#applyTheme();
    this.#root = createRoot(this.#mount);
    this.#render();
  }

  disconnectedCallback(): void {
    this.#colorScheme?.removeEventListener('change', this.#applyTheme);
    this.#colorScheme = undefined;
    this.#root?.unmount();
    this.#root = undefined;
  }

  attributeChangedCallback(name: string, _previous: string | null, value: string | null): void {
    const wasOpen = this.#settings.open;
    this.#settings = applyWidgetAttribute(this.#settings, name as WidgetAttribute, value, (message) =>
      console.error(message),
    );
    if (name === 'theme') this.#applyTheme();
    if (this.#root && wasOpen !== this.#settings.open) {
      this.#emit(this.#settings.open ? 'agent-chat:open' : 'agent-chat:close', null);
    }
    this.#render();
  }

  readonly #applyTheme = (): void => {
    const { theme } = this.#settings;
    const dark = theme === 'dark' || (theme === 'auto' && (this.#colorScheme?.matches ?? false));
    // Both spellings of the kit's theme switch: the `.dark` class and `data-chat-theme`.
    this.#themeRoot.classList.toggle('dark', dark);
    this.#themeRoot.dataset.chatTheme = dark ? 'dark' : 'light';
  };

  #emit<K extends keyof AgentChatWidgetEventMap>(
    type: K,
    detail: AgentChatWidgetEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #currentBackend(): Backend {
    const { api, baseUrl, agentId } = this.#settings;
    const key = JSON.stringify([api, baseUrl, agentId]);
    if (this.#backend?.key !== key) {
      const backend = withMessageEvents(backendFor(this.#settings), (message) =>
        this.#emit('agent-chat:message', message),
      );
      this.#backend = { key, backend };
    }
    return this.#backend.backend;
  }

  #render(): void {
    if (!this.#root) return;
    const backend = this.#currentBackend();
    const { title, position, open } = this.#settings;
    this.#root.render(
      <WidgetApp
        // A different backend is a different platform: start from a fresh conversation.
        key={this.#backend?.key}
        backend={backend}
        title={title}
        position={position}
        open={open}
        onOpenChange={(next) => this.toggleAttribute('open', next)}
        portalContainer={this.#portal}
      />,
    );
  }
}
