import type { AgentChatApi } from './config.ts';

/** An HTTP method the proxy may forward. */
export type ForwardedMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// HEAD goes wherever GET goes: it is GET without the body, and some clients probe with it.
const READ: readonly ForwardedMethod[] = ['GET', 'HEAD'];
const WRITE: readonly ForwardedMethod[] = ['POST'];
const READ_WRITE: readonly ForwardedMethod[] = ['GET', 'HEAD', 'POST'];

function noxusV1(rest: readonly string[]): readonly ForwardedMethod[] | undefined {
  const [id, action, ...more] = rest;
  if (id === undefined) return READ_WRITE; // list, create
  if (action === undefined) return ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE']; // read, add a message, rename, delete
  if (more.length > 0) return undefined;
  switch (action) {
    case 'chat':
    case 'stream':
      return WRITE;
    case 'events':
      return READ;
    default:
      return undefined;
  }
}

function agentsV2(rest: readonly string[]): readonly ForwardedMethod[] | undefined {
  const [conversation, resource, item, ...more] = rest;
  if (conversation === undefined) return READ_WRITE; // list, create
  if (resource === undefined) return ['GET', 'HEAD', 'DELETE'];
  if (more.length > 0) return undefined;
  switch (resource) {
    case 'messages':
    case 'stream':
    case 'files':
      // `files/download` (with or without its documented trailing slash) is a read.
      if (item === undefined) return READ_WRITE;
      return resource === 'files' && item === 'download' ? READ : undefined;
    case 'data-frames':
      return READ;
    default:
      return undefined;
  }
}

function chatApi(segments: readonly string[], agentId: string): readonly ForwardedMethod[] | undefined {
  const [first, second, third, fourth, ...more] = segments;
  if (first === 'teams')
    return second !== undefined && third === 'chat' && fourth === undefined ? WRITE : undefined;
  if (first !== 'agents' || second !== agentId || more.length > 0) return undefined;
  switch (third) {
    case 'chat':
      return fourth === undefined || fourth === 'stream' ? WRITE : undefined;
    case 'conversations':
      return fourth === undefined ? READ_WRITE : ['GET', 'HEAD', 'PUT', 'DELETE'];
    case 'history':
    case 'inbox':
      return fourth === undefined ? READ : undefined;
    case 'mark-read':
      return fourth === undefined ? WRITE : undefined;
    default:
      return undefined;
  }
}

function aiSdk(segments: readonly string[]): readonly ForwardedMethod[] | undefined {
  const [chatId, action, ...more] = segments;
  // `POST <mount>` sends a turn; `GET <mount>/<chatId>/stream` resumes the chat's active stream.
  if (chatId === undefined) return WRITE;
  return action === 'stream' && more.length === 0 ? READ : undefined;
}

/**
 * The methods an API allows on a path (its segments after the mount, without a trailing empty
 * one), or `undefined` when the path is not one of the API's.
 */
export function allowedMethods(
  api: AgentChatApi,
  segments: readonly string[],
  agentId: string,
): readonly ForwardedMethod[] | undefined {
  switch (api) {
    case 'noxus-v1':
      return segments[0] === 'v1' && segments[1] === 'conversations' ? noxusV1(segments.slice(2)) : undefined;
    case 'agents-v2':
      return segments[0] === 'agents' && segments[1] === agentId && segments[2] === 'conversations'
        ? agentsV2(segments.slice(3))
        : undefined;
    case 'chat-api':
      return chatApi(segments, agentId);
    case 'ai-sdk':
      return aiSdk(segments);
  }
}
