import type { ChatState, ChatStatus, UIMessage } from 'ai';
import type { MessageTree } from './message-tree.ts';

/** What changed in the chat's state: content streams in, everything else is structural. */
export type ChatChange = 'content' | 'structure' | 'status';

/**
 * The AI SDK `ChatState` the controller's chat runs on: it keeps the visible thread, mirrors
 * structural changes into the message tree, and reports each change so the controller can pace
 * what it publishes. A streamed update is O(1): the message is replaced in a working array that is
 * copied only when the controller publishes (once per frame), never per chunk.
 */
export class ObservedChatState implements ChatState<UIMessage> {
  #messages: UIMessage[];
  #status: ChatStatus = 'ready';
  #error: Error | undefined;
  readonly #tree: MessageTree;
  readonly #onChange: (change: ChatChange) => void;

  constructor(tree: MessageTree, messages: UIMessage[], onChange: (change: ChatChange) => void) {
    this.#tree = tree;
    this.#onChange = onChange;
    this.#messages = [...messages];
    tree.syncPath(this.#messages);
  }

  get status(): ChatStatus {
    return this.#status;
  }

  set status(status: ChatStatus) {
    // The SDK sets `streaming` again with every chunk: only a real change is published at once.
    if (status === this.#status) return;
    this.#status = status;
    this.#onChange('status');
  }

  get error(): Error | undefined {
    return this.#error;
  }

  set error(error: Error | undefined) {
    if (error === this.#error) return;
    this.#error = error;
    this.#onChange('status');
  }

  get messages(): UIMessage[] {
    return this.#messages;
  }

  set messages(messages: UIMessage[]) {
    this.#messages = [...messages];
    this.#tree.syncPath(this.#messages);
    this.#onChange('structure');
  }

  pushMessage = (message: UIMessage): void => {
    const snapshot = this.snapshot(message);
    this.#messages.push(snapshot);
    this.#tree.syncPath(this.#messages);
    this.#onChange('structure');
  };

  popMessage = (): void => {
    const popped = this.#messages.pop();
    // The SDK pops a reply it is about to replay from its start: that partial is not a branch.
    if (popped) this.#tree.remove(popped.id);
    this.#onChange('structure');
  };

  replaceMessage = (index: number, message: UIMessage): void => {
    const previous = this.#messages[index];
    const snapshot = this.snapshot(message);
    this.#messages[index] = snapshot;
    if (previous && previous.id !== snapshot.id && this.#tree.has(previous.id)) {
      this.#tree.update(snapshot, previous.id);
    } else if (previous && previous.id === snapshot.id) {
      this.#tree.update(snapshot);
    } else {
      this.#tree.syncPath(this.#messages);
    }
    this.#onChange('content');
  };

  /**
   * A copy the SDK may keep while it goes on mutating its own message: the parts are copied one
   * level deep (text is an immutable string, so nothing is copied per character).
   */
  snapshot = <T>(value: T): T => {
    if (value === null || typeof value !== 'object' || !('parts' in value)) return value;
    const message = value as unknown as UIMessage;
    if (!Array.isArray(message.parts)) return value;
    return { ...message, parts: message.parts.map((part) => ({ ...part })) } as T;
  };
}
