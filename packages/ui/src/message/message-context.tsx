import type { BranchPosition } from '@agent-chat/client';
import type { UIMessage } from 'ai';
import * as React from 'react';
import type { FeedbackRating, MessageCallbacks, MessageStatus } from './types.ts';

/**
 * What every message of a thread shares: the callbacks behind its buttons, where each message
 * sits among its branches, the ratings given, and what the platform can hear. Provided once by
 * `MessageList` (or an app's own list), so nothing is drilled through rows.
 */
export interface MessageActionsValue extends MessageCallbacks {
  /** Where a message sits among the versions of its turn. */
  branchOf?: ((messageId: string) => BranchPosition | undefined) | undefined;
  /** Bumps when branches change, so pickers read their position again. */
  branchVersion?: number | undefined;
  /** Edits and regenerations make branches the server follows; otherwise they are new turns. */
  branches?: boolean | undefined;
  /** Approvals and tool outputs reach the server; otherwise requests are shown read-only. */
  toolResponses?: boolean | undefined;
  /** Ratings given, by message id. */
  feedback?: Readonly<Record<string, FeedbackRating>> | undefined;
  /** A reply is being sent or written: versions cannot be switched until it ends. */
  busy?: boolean | undefined;
}

const MessageActionsContext = React.createContext<MessageActionsValue>({});

/**
 * Gives every `Message` below the thread's callbacks and state.
 * @example <MessageActionsProvider value={{ onRegenerate, onFeedback }}>{messages}</MessageActionsProvider>
 */
export function MessageActionsProvider({
  value,
  children,
}: {
  value: MessageActionsValue;
  children?: React.ReactNode;
}) {
  return <MessageActionsContext.Provider value={value}>{children}</MessageActionsContext.Provider>;
}

/** The thread's message callbacks and state (empty outside any provider). */
export function useMessageActions(): MessageActionsValue {
  return React.useContext(MessageActionsContext);
}

/** One message as its parts and actions read it. */
export interface MessageContextValue {
  message: UIMessage;
  status: MessageStatus;
  error: Error | string | undefined;
  /** The thread's callbacks, overridden by the message's own props. */
  actions: MessageActionsValue;
  /** The user message is being edited in place. */
  editing: boolean;
  setEditing(editing: boolean): void;
}

/**
 * The message's value, kept in a store whose identity never changes: a streaming reply changes its
 * message at every update, and a changing context value would make React search the reply's whole
 * rendered subtree for readers at every commit. Readers subscribe instead.
 */
class MessageStore {
  #value: MessageContextValue;
  readonly #listeners = new Set<() => void>();

  constructor(value: MessageContextValue) {
    this.#value = value;
  }

  readonly get = (): MessageContextValue => this.#value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  set(value: MessageContextValue): void {
    if (value === this.#value) return;
    this.#value = value;
    for (const listener of this.#listeners) listener();
  }
}

const MessageContext = React.createContext<MessageStore | null>(null);

/** Provides one message to its parts (used by `Message`). */
export function MessageProvider({
  value,
  children,
}: {
  value: MessageContextValue;
  children?: React.ReactNode;
}) {
  const [store] = React.useState(() => new MessageStore(value));
  // Readers rendered with this update read the value they had and then, before the frame is
  // painted, the new one.
  React.useLayoutEffect(() => store.set(value), [store, value]);
  return <MessageContext.Provider value={store}>{children}</MessageContext.Provider>;
}

const NO_STORE = { get: () => undefined, subscribe: () => () => {} };

/** The enclosing `<Message>`, or undefined outside one (for parts that also work on their own). */
export function useOptionalMessage(): MessageContextValue | undefined {
  const store = React.useContext(MessageContext) ?? NO_STORE;
  return React.useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** The enclosing message; throws a named error when `caller` is used outside `<Message>`. */
export function useMessage(caller = 'useMessage'): MessageContextValue {
  const value = useOptionalMessage();
  if (!value) throw new Error(`${caller} must be used inside <Message>.`);
  return value;
}
