import { type Backend, type BackendKind, type BackendOptionsByKind, createBackend } from '@agent-chat/client';
import { createRoot, type Root } from 'react-dom/client';
import { type WidgetMessage, withMessageEvents } from './message-events.ts';
import { loadProxyDefaults, type ProxyDefaults } from './proxy-defaults.ts';
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
/** The API when neither the `api` attribute nor the proxy names one (the proxy's own default). */
const FALLBACK_API: BackendKind = 'noxus-v1';

/** The platform the widget talks to: its attributes first, then what the proxy says, then the defaults. */
interface ResolvedBackend {
  api: BackendKind;
  baseUrl: string;
  agentId: string | undefined;
}

function backendFor({ api, baseUrl, agentId }: ResolvedBackend): Backend {
  // Absolute, so adapters that build URLs with `new URL` work from any page path.
  const absolute = new URL(baseUrl, document.baseURI).href.replace(/\/+$/, '');
  // Every adapter takes `baseUrl`; the AI SDK's takes its endpoint (the mount itself) as `api`.
  // Options an adapter does not know are ignored.
  const options = { baseUrl: absolute, api: absolute, ...(agentId ? { agentId } : {}) };
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
  /** The proxy's defaults for one base URL; `value` is unset while they load. */
  #proxyDefaults: { baseUrl: string; value: ProxyDefaults | undefined } | undefined;
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
    // The `title` attribute names the panel; an empty title here keeps the browser from also
    // showing it as a tooltip over everything inside the element.
    this.#themeRoot.title = '';
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

  /** The proxy's defaults when an attribute leaves something to them; `undefined` while they load. */
  #defaults(): ProxyDefaults | undefined {
    const { api, agentId, baseUrl } = this.#settings;
    if (api !== undefined && agentId !== undefined) return {};
    if (this.#proxyDefaults?.baseUrl !== baseUrl) {
      const loading = { baseUrl, value: undefined as ProxyDefaults | undefined };
      this.#proxyDefaults = loading;
      void loadProxyDefaults(baseUrl).then((value) => {
        loading.value = value;
        if (this.#proxyDefaults === loading) this.#render();
      });
    }
    return this.#proxyDefaults.value;
  }

  #currentBackend(defaults: ProxyDefaults): Backend {
    const resolved: ResolvedBackend = {
      api: this.#settings.api ?? defaults.api ?? FALLBACK_API,
      baseUrl: this.#settings.baseUrl,
      agentId: this.#settings.agentId ?? defaults.agentId,
    };
    const key = JSON.stringify([resolved.api, resolved.baseUrl, resolved.agentId]);
    if (this.#backend?.key !== key) {
      const backend = withMessageEvents(backendFor(resolved), (message) =>
        this.#emit('agent-chat:message', message),
      );
      this.#backend = { key, backend };
    }
    return this.#backend.backend;
  }

  #render(): void {
    if (!this.#root) return;
    const defaults = this.#defaults();
    if (!defaults) {
      // Nothing to show until the platform is known (one request to the proxy).
      this.#root.render(null);
      return;
    }
    const backend = this.#currentBackend(defaults);
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
