import type { FileUIPart, UIMessage } from 'ai';
import type { OutgoingFile, OutgoingMessage } from '../backend.ts';
import { AgentChatError } from '../errors.ts';
import { generateId } from '../generate-id.ts';
import { blobToBase64 } from '../http/base64.ts';
import { assertFilesWithinLimit } from '../http/file-limits.ts';

/** Name of a conversation created without one, until its first message names it. */
export const UNNAMED_CONVERSATION = 'New conversation';

/** Longest name taken from a first message, in characters. */
export const NAME_LENGTH = 60;

async function filePart(file: OutgoingFile): Promise<FileUIPart> {
  if (file.data !== undefined) {
    const base64 = await blobToBase64(file.data);
    return {
      type: 'file',
      mediaType: file.mediaType,
      filename: file.name,
      url: `data:${file.mediaType};base64,${base64}`,
    };
  }
  if (file.url !== undefined)
    return { type: 'file', mediaType: file.mediaType, filename: file.name, url: file.url };
  throw new AgentChatError({
    kind: 'unsupported',
    message: `"${file.name}" has neither bytes nor a URL; an AI SDK server takes files inline with the message, not by reference.`,
  });
}

/**
 * The UI message `useChat` would send for this turn: files first as `file` parts (bytes inline as
 * data URLs, URLs as they are), then the text, as the AI SDK's `sendMessage({ text, files })` does.
 */
export async function userMessageFrom(message: OutgoingMessage, maxFileBytes: number): Promise<UIMessage> {
  const files = message.files ?? [];
  // Every size is checked before any file is read, so nothing is sent when one is too large.
  assertFilesWithinLimit(files, maxFileBytes);
  const parts: UIMessage['parts'] = [];
  for (const file of files) parts.push(await filePart(file));
  if (message.text !== '' || parts.length === 0) parts.push({ type: 'text', text: message.text });
  return { id: generateId(), role: 'user', parts };
}

/** A conversation name from its first user message: its text on one line, cut to about 60 characters. */
export function nameFromMessages(messages: readonly UIMessage[]): string | undefined {
  const first = messages.find((message) => message.role === 'user');
  if (first === undefined) return undefined;
  const text = first.parts
    .map((part) => (part.type === 'text' ? part.text : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return undefined;
  // Counted in characters, not UTF-16 units, so that an emoji is never cut in half.
  const characters = Array.from(text);
  if (characters.length <= NAME_LENGTH) return text;
  // Cut at the last space before the limit, so that no word is broken in two.
  const cut = characters.slice(0, NAME_LENGTH).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > NAME_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
