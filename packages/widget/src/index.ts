/**
 * `@agent-chat/widget`: defines `<agent-chat-widget>` when loaded (one self-contained script, with
 * React and the kit inside). Loading it twice keeps the first definition.
 */
import {
  AgentChatWidgetElement,
  type AgentChatWidgetEventMap,
  WIDGET_TAG,
} from './agent-chat-widget-element.tsx';

if (!customElements.get(WIDGET_TAG)) customElements.define(WIDGET_TAG, AgentChatWidgetElement);

declare global {
  interface HTMLElementTagNameMap {
    'agent-chat-widget': AgentChatWidgetElement;
  }
  interface HTMLElementEventMap extends AgentChatWidgetEventMap {}
}
