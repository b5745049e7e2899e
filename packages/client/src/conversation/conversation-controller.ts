import type { FileUIPart, UIMessage } from 'ai';
import { nameFromMessages } from '../adapters/ai-sdk-messages.ts';
import { capabilitiesOf, type MessageOptions } from '../backend.ts';
import { BRANCHED, createChatTransport, EDIT_OF } from '../chat-transport.ts';
import { isAgentChatError } from '../errors.ts';
import { fileToDataUrl } from '../http/file-to-data-url.ts';
import { uploadedFileRef, withFileRef } from '../http/uploaded-files.ts';
import type { ControllerChat } from './controller-chat.ts';
import type {
  ConversationAction,
  ConversationControllerOptions,
  ConversationDraft,
  ConversationSnapshot,
} from './conversation-types.ts';
import { type BranchPosition, MessageTree } from './message-tree.ts';
import { type ChatChange, ObservedChatState } from './observed-chat-state.ts';
import { recoverFromHistory } from './recover-from-history.ts';
import { createFrameScheduler, type FrameScheduler } from './render-pacing.ts';
import { isOffline, RetrySchedule, type RetryWait } from './retry-schedule.ts';

/**
 * One conversation with an agent, without React: the AI SDK's chat on the kit's transport (raw
 * frames consumed directly, the SDK's message assembly reused), the message tree (edits and
 * regenerations make branches; the visible thread is the active branch), status, the draft given
 * back after a failed send, retry and resume policy, history seeding, and render pacing.
 *
 * The AI SDK's chat (most of the code a conversation needs) is loaded the first time it is needed,
 * or ahead with `load()`, so an app's first paint does not wait for it.
 *
 * Everything that happens goes through `dispatch`; state is read with `subscribe` + `getSnapshot`
 * (the shape `useSyncExternalStore` takes), like TanStack Query's observers.
 * @example
 * const controller = new ConversationController({ backend });
 * controller.subscribe(() => render(controller.getSnapshot()));
 * await controller.dispatch({ type: 'send', text: 'Hello' });
 */
export class ConversationController {
  #options: ConversationControllerOptions;
  readonly #tree = new MessageTree();
  #chat: ControllerChat | undefined;
  #loading: Promise<ControllerChat> | undefined;
  #disposed = false;
  /** Stop was pressed; the reply is tidied once the chat has wound the request down. */
  #stopping = false;
  /** A send is on its way to its request: changes wait for the next frame (see `#changed`). */
  #sending = false;
  readonly #state: ObservedChatState;
  readonly #listeners = new Set<() => void>();
  readonly #frame: FrameScheduler;
  #snapshot: ConversationSnapshot;
  #conversationId: string | undefined;
  #creating: Promise<string> | undefined;
  /** Created ahead by `prepare`, before there was a message to name it after. */
  #unnamed = false;
  /** A branch switch showed a thread the server does not hold; the next turn sends where it goes. */
  #diverged = false;
  #messageOptions: MessageOptions;
  #draft: ConversationDraft | undefined;
  /** What the last failed send held, kept after a composer took the draft, for `retry`. */
  #failed: ConversationDraft | undefined;
  #seeded: boolean;
  #branchVersion = 0;
  readonly #retrySchedule = new RetrySchedule();
  /** The turn an automatic retry will send again, and where the thread stood before it. */
  #pendingRetry: { draft: ConversationDraft; before: number } | undefined;

  constructor(options: ConversationControllerOptions) {
    this.#options = options;
    this.#conversationId = options.conversationId;
    this.#messageOptions = options.messageOptions ?? {};
    this.#seeded = options.initialMessages !== undefined || options.conversationId === undefined;
    this.#frame = createFrameScheduler(() => this.#publish(), options.pacing ?? 'frame');
    this.#state = new ObservedChatState(this.#tree, options.initialMessages ?? [], (change) =>
      this.#changed(change),
    );
    this.#snapshot = this.#makeSnapshot();
  }

  /**
   * Load the chat engine now rather than at the first send or resume (an app calls it once the
   * conversation is on screen); resolves once it is ready.
   */
  async load(): Promise<void> {
    await this.#engine();
  }

  #engine(): Promise<ControllerChat> {
    if (this.#chat) return Promise.resolve(this.#chat);
    // note: loaded with a dynamic import, so a bundler splits the AI SDK into its own chunk.
    this.#loading ??= import('./controller-chat.ts').then(({ createControllerChat }) => {
      const { backend } = this.#options;
      this.#chat ??= createControllerChat(
        {
          state: this.#state,
          transport: createChatTransport(backend, {
            conversationId: () => this.#ensureConversation(),
            messageOptions: () => this.#messageOptions,
            maxResumeAttempts: this.#options.maxResumeAttempts,
            onRequest: () => {
              this.#sending = false;
              // The request is on its way: what the send changed shows once this task is over.
              setTimeout(() => this.#frame.flush(), 0);
            },
          }),
          onFinish: ({ message, isAbort, isError }) => {
            if (!isAbort && !isError) this.#options.onFinish?.(message);
          },
          onError: (error) => this.#options.onError?.(error),
          onToolCall: (call) => this.#options.onToolCall?.(call),
          onData: (part) => this.#options.onData?.(part),
        },
        // Answers to approvals and browser-run tools go back only where the platform hears them.
        backend.sendMessages !== undefined,
      );
      return this.#chat;
    });
    return this.#loading;
  }

  /** Clears a failed request's error (only the chat can have set one). */
  #clearError(): void {
    this.#chat?.clearError();
  }

  get #busy(): boolean {
    return this.#state.status === 'submitted' || this.#state.status === 'streaming';
  }

  /** Update the options (callbacks, message options); the backend and id are fixed for a controller. */
  setOptions(options: Omit<ConversationControllerOptions, 'backend'>): void {
    this.#options = { ...this.#options, ...options, backend: this.#options.backend };
  }

  /** Listen to changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  /** The current state; the same object until something changes. */
  getSnapshot = (): ConversationSnapshot => this.#snapshot;

  /** Where `messageId` sits among the versions of its turn (for a "‹ 2 / 3 ›" picker). */
  branchOf(messageId: string): BranchPosition | undefined {
    return this.#tree.branchOf(messageId);
  }

  /** Every message of every branch with its parent, parents first (what a store would persist). */
  branches(): Array<{ message: UIMessage; parentId: string | null }> {
    return this.#tree.entries();
  }

  /** Do one thing to the conversation; resolves true when it went through. */
  dispatch = async (action: ConversationAction): Promise<boolean> => {
    const passive = ['take-draft', 'set-message-options', 'seed', 'prepare'];
    if (!passive.includes(action.type)) {
      // Anything the user does replaces a pending automatic retry; a stop hands its turn back.
      if (this.#retrySchedule.cancel()) {
        if (action.type === 'retry') return this.#retryPending();
        this.#handBackPending();
      }
    }
    switch (action.type) {
      case 'send':
        // After a branch switch the server holds another branch: this turn says where it goes.
        return this.#send(action.text, action.files ?? [], this.#diverged ? { [BRANCHED]: true } : undefined);
      case 'stop':
        // Nothing can be running before the chat exists.
        if (!this.#chat || !this.#busy) return true;
        this.#stopping = true;
        await this.#chat.stop();
        return true;
      case 'retry':
        return this.#retry(action.draft);
      case 'resume':
        this.#clearError();
        await (await this.#engine()).resumeStream();
        return this.#state.status !== 'error';
      case 'regenerate':
        return this.#branches ? this.#regenerate(action.messageId) : this.#askAgain(action.messageId);
      case 'edit':
        // Without branches on the server an edit is honestly what it becomes there: a new turn.
        return this.#canBranchAt(action.messageId)
          ? this.#edit(action.messageId, action.text, action.files)
          : this.#send(
              action.text,
              action.files ?? [],
              undefined,
              this.#filesOf(action.messageId, action.files),
            );
      case 'switch-branch':
        return this.#switchBranch(action.messageId);
      case 'seed':
        return this.#seed(action.messages);
      case 'prepare':
        return this.#prepare();
      case 'take-draft':
        this.#draft = undefined;
        this.#publish();
        return true;
      case 'set-message-options':
        this.#messageOptions = action.options;
        this.#publish();
        return true;
      case 'tool-approval':
        await (await this.#engine()).addToolApprovalResponse({
          id: action.id,
          approved: action.approved,
          ...(action.reason === undefined ? {} : { reason: action.reason }),
        });
        return true;
      case 'tool-output':
        await (await this.#engine()).addToolOutput({
          tool: action.tool,
          toolCallId: action.toolCallId,
          output: action.output,
        } as Parameters<ControllerChat['addToolOutput']>[0]);
        return true;
      case 'tool-error':
        await (await this.#engine()).addToolOutput({
          tool: action.tool,
          toolCallId: action.toolCallId,
          state: 'output-error',
          errorText: action.errorText,
        } as Parameters<ControllerChat['addToolOutput']>[0]);
        return true;
    }
  };

  /** Stop any reply and release what the chat holds; the controller is not used after this. */
  async dispose(): Promise<void> {
    this.#retrySchedule.cancel();
    this.#frame.cancel();
    this.#listeners.clear();
    this.#disposed = true;
    await this.#chat?.dispose();
  }

  async #send(
    text: string,
    files: readonly File[],
    requestMetadata?: Record<string, unknown>,
    keptParts: readonly FileUIPart[] = [],
  ): Promise<boolean> {
    this.#draft = undefined;
    this.#failed = undefined;
    this.#clearError();
    const before = this.#state.messages.length;
    try {
      const [chat, parts] = await Promise.all([
        this.#engine(),
        Promise.all(files.map((file) => toFilePart(file, this.#conversationId))).then((added) => [
          ...keptParts,
          ...added,
        ]),
      ]);
      this.#sending = true;
      await chat.sendMessage(
        parts.length > 0 ? { text, files: parts } : { text },
        requestMetadata ? { metadata: requestMetadata } : undefined,
      );
      this.#sending = false;
    } catch (cause) {
      this.#sending = false;
      this.#giveBack({ text, files: [...files] }, before);
      this.#options.onError?.(cause instanceof Error ? cause : new Error(String(cause)));
      return false;
    }
    const settled = await this.#settle({ text, files: [...files] }, before);
    // Any turn that reached the server (a send, an edit, a regenerate) leaves it holding this thread.
    if (settled) this.#diverged = false;
    // Named after the reply, so the rename never competes with the first send.
    if (settled && this.#unnamed && this.#conversationId !== undefined) {
      this.#nameFromFirstMessage(this.#conversationId);
    }
    return settled;
  }

  /**
   * What a finished request leaves: done; a busy server or a lost network to wait for (the turn
   * stays, a retry is scheduled); a cut reply the platform finished anyway (taken from history);
   * or nothing of a reply at all (the draft given back).
   */
  async #settle(draft: ConversationDraft, before: number): Promise<boolean> {
    if (this.#state.status !== 'error') return true;
    const error = this.#state.error;
    const messages = this.#state.messages;
    const nothingArrived = messages.length === before + 1 && messages[messages.length - 1]?.role === 'user';
    const wait = nothingArrived ? retryWaitFor(error) : undefined;
    if (wait) {
      this.#pendingRetry = { draft, before };
      this.#retrySchedule.schedule(wait, () => void this.#retryPending());
      this.#publish();
      return false;
    }
    if (isAgentChatError(error) && error.kind === 'interrupted' && (await this.#recover())) return true;
    this.#giveBack(draft, before);
    return false;
  }

  /** The scheduled retry, now: the same turn again, still in the thread. */
  async #retryPending(): Promise<boolean> {
    const pending = this.#pendingRetry;
    this.#pendingRetry = undefined;
    if (!pending) return false;
    this.#clearError();
    await (await this.#engine()).regenerate();
    return this.#settle(pending.draft, pending.before);
  }

  /** The user moved on while a retry waited: the turn goes back to the composer as a draft. */
  #handBackPending(): void {
    const pending = this.#pendingRetry;
    this.#pendingRetry = undefined;
    if (pending) this.#giveBack(pending.draft, pending.before);
  }

  /** A cut reply the platform finished anyway replaces the partial one, from history. */
  async #recover(): Promise<boolean> {
    const id = this.#conversationId;
    if (id === undefined) return false;
    const history = await recoverFromHistory(this.#options.backend, id, this.#state.messages);
    if (!history || this.#state.status !== 'error') return false;
    const partial = this.#state.messages[this.#state.messages.length - 1];
    if (partial?.role === 'assistant') this.#tree.remove(partial.id);
    this.#clearError();
    this.#state.messages = history;
    return true;
  }

  /**
   * Nothing of a reply arrived: take the user turn back out and hand it back as a draft, so a
   * retry does not send it twice. A reply that broke midway stays, with what it received.
   */
  #giveBack(draft: ConversationDraft, before: number): void {
    const messages = this.#state.messages;
    const last = messages[messages.length - 1];
    if (messages.length === before + 1 && last?.role === 'user') {
      this.#tree.remove(last.id);
      this.#state.messages = messages.slice(0, -1);
    }
    if (this.#state.messages.length === before) {
      this.#failed = draft;
      this.#draft = draft;
      this.#publish();
    }
  }

  async #retry(draft: ConversationDraft | undefined): Promise<boolean> {
    const failed = draft ?? this.#failed;
    if (failed) return this.#send(failed.text, failed.files);
    const error = this.#state.error;
    const interrupted = isAgentChatError(error) && error.kind === 'interrupted';
    this.#clearError();
    const chat = await this.#engine();
    if (interrupted && this.#options.backend.resumeReply) {
      await chat.resumeStream();
    } else {
      await chat.regenerate();
    }
    return this.#state.status !== 'error';
  }

  async #regenerate(messageId: string | undefined): Promise<boolean> {
    this.#clearError();
    await (await this.#engine()).regenerate(messageId === undefined ? undefined : { messageId });
    if (this.#state.status !== 'error') this.#diverged = false;
    this.#branchVersion++;
    this.#publish();
    return this.#state.status !== 'error';
  }

  /** A platform that cannot replace a reply gets the question again, as a new turn it will show. */
  async #askAgain(messageId: string | undefined): Promise<boolean> {
    const messages = this.#state.messages;
    const end = messageId === undefined ? messages.length : messages.findIndex((m) => m.id === messageId);
    const question = messages.slice(0, Math.max(end, 0)).findLast((message) => message.role === 'user');
    if (!question) return false;
    const text = question.parts.map((part) => (part.type === 'text' ? part.text : '')).join('\n\n');
    return this.#send(text, []);
  }

  /** An edit that names no files keeps the attachments of the message it replaces. */
  #filesOf(messageId: string, files: readonly File[] | undefined): FileUIPart[] {
    if (files !== undefined) return [];
    const parts = this.#tree.get(messageId)?.parts ?? [];
    return parts.filter((part): part is FileUIPart => part.type === 'file');
  }

  async #edit(messageId: string, text: string, files: readonly File[] | undefined): Promise<boolean> {
    const kept = this.#filesOf(messageId, files);
    const parentId = this.#tree.parentOf(messageId);
    if (parentId === undefined) return false;
    // The new version is a sibling of the old one: the old turn and what followed it stay in the
    // tree as the other branch. The SDK's own in-place replacement would reuse the id.
    this.#state.messages = parentId === null ? [] : this.#tree.pathTo(parentId);
    this.#branchVersion++;
    const sent = await this.#send(text, files ?? [], { [EDIT_OF]: messageId }, kept);
    this.#branchVersion++;
    this.#publish();
    return sent;
  }

  get #branches(): boolean {
    return capabilitiesOf(this.#options.backend).branches;
  }

  /** Whether an edit of `messageId` can branch on the server (a turn-by-turn platform needs a message to continue after). */
  #canBranchAt(messageId: string): boolean {
    if (!this.#branches) return false;
    return this.#options.backend.sendMessages !== undefined || Boolean(this.#tree.parentOf(messageId));
  }

  #switchBranch(messageId: string): boolean {
    if (this.#busy || !this.#tree.has(messageId)) return false;
    this.#state.messages = this.#tree.pathThrough(messageId);
    this.#diverged = true;
    this.#branchVersion++;
    this.#publish();
    return true;
  }

  #seed(messages: UIMessage[]): boolean {
    if (this.#seeded && this.#state.messages.length > 0) return false;
    if (this.#state.status !== 'ready') return false;
    this.#seeded = true;
    this.#state.messages = messages;
    const wantsResume = this.#options.resume ?? true;
    if (wantsResume && this.#options.backend.resumeReply && this.#conversationId !== undefined) {
      void this.#engine().then((chat) => (this.#disposed ? undefined : chat.resumeStream()));
    }
    return true;
  }

  /**
   * Create the conversation ahead of the first send (while the user types), so the send goes
   * straight to the reply. It gets its name from the first message where the platform can rename.
   */
  async #prepare(): Promise<boolean> {
    if (this.#conversationId !== undefined || this.#state.messages.length > 0) return false;
    try {
      await this.#ensureConversation();
      this.#unnamed = true;
      return true;
    } catch {
      // The first send tries again and reports what went wrong.
      return false;
    }
  }

  async #ensureConversation(): Promise<string> {
    if (this.#conversationId !== undefined) return this.#conversationId;
    this.#creating ??= (async () => {
      const created = await this.#options.backend.createConversation({
        name: nameFromMessages(this.#state.messages),
      });
      this.#conversationId = created.id;
      this.#publishSoon();
      this.#options.onCreated?.(created);
      return created.id;
    })().finally(() => {
      this.#creating = undefined;
    });
    return this.#creating;
  }

  /** A conversation made ahead takes its name from the first message, once, without delaying it. */
  #nameFromFirstMessage(id: string): void {
    const name = nameFromMessages(this.#state.messages);
    const { renameConversation } = this.#options.backend;
    this.#unnamed = false;
    if (name && renameConversation) {
      renameConversation.call(this.#options.backend, id, name).catch(() => {
        // The name is a convenience: the conversation works without it.
      });
    }
  }

  #changed(change: ChatChange): void {
    // Until a send's request is on its way, what it changed (the user's message, `submitted`)
    // shows on the next frame: rendering it first would hold the request back by a whole commit
    // of the thread, and the frame paints it no later than an immediate render would.
    if (change === 'content') this.#frame.schedule();
    else this.#publishSoon();
    if (change === 'status' && this.#stopping && !this.#busy) {
      this.#stopping = false;
      // After the chat has finished its own bookkeeping of the stopped request.
      queueMicrotask(() => this.#tidyStopped());
    }
  }

  /**
   * A stopped reply is what arrived, finished: its text no longer shows as being written (no
   * end-of-text chunk will come), and a reply stopped before anything arrived leaves no empty
   * bubble behind.
   */
  #tidyStopped(): void {
    const messages = this.#state.messages;
    const last = messages[messages.length - 1];
    if (last?.role !== 'assistant' || this.#busy) return;
    if (!last.parts.some(hasContent)) {
      this.#tree.remove(last.id);
      this.#state.messages = messages.slice(0, -1);
      return;
    }
    if (!last.parts.some(isStreamingText)) return;
    const parts = last.parts.map((part) =>
      isStreamingText(part) ? { ...part, state: 'done' as const } : part,
    );
    this.#state.messages = [...messages.slice(0, -1), { ...last, parts }];
  }

  /** Publishes now, or on the next frame while a send is on its way to its request. */
  #publishSoon(): void {
    if (this.#sending) this.#frame.schedule();
    else this.#publish();
  }

  #publish(): void {
    this.#frame.cancel();
    this.#snapshot = this.#makeSnapshot();
    for (const listener of this.#listeners) listener();
  }

  #makeSnapshot(): ConversationSnapshot {
    const error = this.#state.error;
    return {
      conversationId: this.#conversationId,
      messages: [...this.#state.messages],
      status: this.#state.status,
      error,
      interrupted: this.#state.status === 'error' && isAgentChatError(error) && error.kind === 'interrupted',
      failedSend: this.#failed !== undefined,
      draft: this.#draft,
      messageOptions: this.#messageOptions,
      seeded: this.#seeded,
      branchVersion: this.#branchVersion,
      retryWait: this.#retrySchedule.wait,
    };
  }
}

/** A file as a message part; one already uploaded to this conversation carries its reference. */
/** What a person would see of a part: text, a tool call, a file, a source, data (not an empty step marker). */
function hasContent(part: UIMessage['parts'][number]): boolean {
  switch (part.type) {
    case 'text':
    case 'reasoning':
      return part.text.trim() !== '';
    case 'step-start':
      return false;
    default:
      return true;
  }
}

function isStreamingText(
  part: UIMessage['parts'][number],
): part is Extract<UIMessage['parts'][number], { type: 'text' | 'reasoning' }> {
  return (part.type === 'text' || part.type === 'reasoning') && part.state === 'streaming';
}

async function toFilePart(file: File, conversationId: string | undefined): Promise<FileUIPart> {
  const part: FileUIPart = {
    type: 'file',
    mediaType: file.type || 'application/octet-stream',
    filename: file.name,
    url: await fileToDataUrl(file),
  };
  const ref = uploadedFileRef(file, conversationId);
  return ref === undefined ? part : withFileRef(part, ref);
}

/** Whether a failed request is worth retrying by itself, and when: a busy server, or offline. */
function retryWaitFor(error: Error | undefined): RetryWait | undefined {
  if (!isAgentChatError(error)) return undefined;
  if (error.kind === 'network' && isOffline()) return { online: true };
  if (error.retryAfterMs !== undefined && (error.status === 429 || error.status === 503)) {
    return { at: Date.now() + error.retryAfterMs };
  }
  return undefined;
}
