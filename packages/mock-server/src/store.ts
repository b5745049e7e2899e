import type { UIMessage } from 'ai';
import { eventsFrame, type MockDataFrame, salesFrame } from './data-frames.ts';
import { ReplyRun } from './reply-run.ts';
import { pickScenario, type ScenarioOptions } from './scenarios.ts';

/** A file in a conversation's file space. */
export interface StoredFile {
  ref: string;
  name: string;
  mediaType: string;
  bytes: Uint8Array;
  createdAt: string;
}

/** A message as the mock keeps it: the AI SDK shape plus when and whether it was read. */
export interface StoredMessage {
  id: string;
  role: 'user' | 'assistant';
  parts: UIMessage['parts'];
  createdAt: string;
  read: boolean;
}

/** One conversation, whichever platform shape it is served in. */
export interface MockConversation {
  id: string;
  name: string;
  agentId: string;
  createdAt: string;
  updatedAt: string;
  /** Noxus settings, kept in the platform's snake_case. */
  settings: Record<string, unknown> | null;
  messages: StoredMessage[];
  run: ReplyRun | undefined;
  lastRun: ReplyRun | undefined;
  files: StoredFile[];
  frames: Map<string, MockDataFrame>;
}

/** A chat of the AI SDK platform: the client holds the messages; the server keeps its reply and what it heard. */
export interface AiSdkChat {
  id: string;
  /** The reply running now, replayed by `GET …/:id/stream`. */
  run: ReplyRun | undefined;
  /** The body of the last `POST`, for tests to check what the server heard. */
  lastRequest: Record<string, unknown> | undefined;
  /** How many answers each user message (by id) has had: regenerations count up. */
  versions: Map<string, number>;
}

/** The outcome of posting a user message. */
export type StartedReply =
  | { kind: 'http-error'; status: number; detail: string }
  | { kind: 'reply'; run: ReplyRun; cutAfter: number | undefined };

let counter = 0;
/** A readable unique id with a prefix. */
export const newId = (prefix: string) =>
  `${prefix}_${(++counter).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const now = () => new Date().toISOString();

/** Everything the mock server remembers, in memory. */
export class MockStore {
  readonly conversations = new Map<string, MockConversation>();
  readonly runs = new Map<string, { run: ReplyRun; conversation: MockConversation }>();
  readonly aiSdkChats = new Map<string, AiSdkChat>();

  constructor(
    readonly scenarioOptions: ScenarioOptions,
    readonly disconnectGraceMs = 3000,
  ) {}

  create(input: {
    name: string;
    agentId: string;
    settings?: Record<string, unknown> | null;
  }): MockConversation {
    const conversation: MockConversation = {
      id: newId('conv'),
      name: input.name,
      agentId: input.agentId,
      createdAt: now(),
      updatedAt: now(),
      settings: input.settings ?? null,
      messages: [],
      run: undefined,
      lastRun: undefined,
      files: [],
      frames: new Map(),
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** Forgets everything, stopping running replies. */
  reset(): void {
    for (const conversation of this.conversations.values()) conversation.run?.stop();
    for (const chat of this.aiSdkChats.values()) chat.run?.stop();
    this.conversations.clear();
    this.runs.clear();
    this.aiSdkChats.clear();
  }

  /** The AI SDK chat of that id, created on first use (the client picks chat ids). */
  aiSdkChat(id: string): AiSdkChat {
    let chat = this.aiSdkChats.get(id);
    if (!chat) {
      chat = { id, run: undefined, lastRequest: undefined, versions: new Map() };
      this.aiSdkChats.set(id, chat);
    }
    return chat;
  }

  /** A few example conversations with finished exchanges, so a fresh UI has something to show. */
  seed(agentId: string): void {
    const examples: Array<[string, string, string]> = [
      ['Welcome', 'What can you do?', 'I am a mock agent. Send `/help` to see the scenarios I can play.'],
      ['Quarterly numbers', 'Summarise Q3.', 'Revenue grew **12%**; the north region led with 120 units.'],
    ];
    for (const [name, question, answer] of examples) {
      const conversation = this.create({ name, agentId });
      conversation.messages.push(
        {
          id: newId('msg'),
          role: 'user',
          parts: [{ type: 'text', text: question }],
          createdAt: now(),
          read: true,
        },
        {
          id: newId('msg'),
          role: 'assistant',
          parts: [{ type: 'text', text: answer, state: 'done' }],
          createdAt: now(),
          read: true,
        },
      );
    }
  }

  /** Conversations of an agent, newest first. */
  list(agentId?: string): MockConversation[] {
    return [...this.conversations.values()]
      .filter((conversation) => agentId === undefined || conversation.agentId === agentId)
      .reverse();
  }

  addFile(conversation: MockConversation, file: Omit<StoredFile, 'ref' | 'createdAt'>): StoredFile {
    const stored = { ...file, ref: newId('file'), createdAt: now() };
    conversation.files.push(stored);
    return stored;
  }

  /** Stores the user turn and starts the reply the message asks for. */
  startReply(
    conversation: MockConversation,
    text: string,
    files: Array<{ name: string; mediaType: string; url: string }> = [],
  ): StartedReply {
    conversation.run?.stop();
    conversation.messages.push({
      id: newId('msg'),
      role: 'user',
      parts: [
        { type: 'text', text },
        ...files.map((file) => ({
          type: 'file' as const,
          mediaType: file.mediaType,
          filename: file.name,
          url: file.url,
        })),
      ],
      createdAt: now(),
      read: true,
    });
    conversation.updatedAt = now();
    const scenario = pickScenario(text, this.scenarioOptions, {
      addFile: (file) => this.addFile(conversation, file),
      addDataFrame: (kind) => {
        // `sales` / `events`, then `sales_2`, … when a conversation asks again.
        const base = kind === 'large' ? 'events' : 'sales';
        let name = base;
        for (let copy = 2; conversation.frames.has(name); copy++) name = `${base}_${copy}`;
        conversation.frames.set(name, kind === 'large' ? eventsFrame(name) : salesFrame(name));
        return name;
      },
    });
    if (scenario.kind === 'http-error') return scenario;
    const run = new ReplyRun(scenario.source, this.disconnectGraceMs, (message, ended) => {
      if (conversation.run === ended) conversation.run = undefined;
      const parts = (message?.parts ?? []).filter((part) => part.type !== 'step-start');
      if (parts.length === 0 || !this.conversations.has(conversation.id)) return;
      conversation.messages.push({
        id: message?.id || newId('msg'),
        role: 'assistant',
        parts,
        createdAt: now(),
        read: false,
      });
      conversation.updatedAt = now();
    });
    conversation.run = run;
    conversation.lastRun = run;
    this.runs.set(run.id, { run, conversation });
    return { kind: 'reply', run, cutAfter: scenario.cutAfter };
  }

  /** The etag of a conversation: the point its tail starts from (the running reply's start). */
  etag(conversation: MockConversation): string | null {
    const run = conversation.run ?? conversation.lastRun;
    if (!run) return null;
    return conversation.run ? run.eventId(0) : run.eventId(run.chunks.length);
  }
}

/** The plain text of a message's text parts. */
export function textOf(message: StoredMessage): string {
  return message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
}
