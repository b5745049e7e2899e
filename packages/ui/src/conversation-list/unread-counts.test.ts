import type { Conversation, InboxMessage } from '@agent-chat/client';
import { describe, expect, it } from 'vitest';
import { badgeText, inboxIdsOf, unreadCounts } from './unread-counts.ts';

const conversations: Conversation[] = [
  { id: 'a', name: 'A', unread: 2 },
  { id: 'b', name: 'B', unread: 0 },
  { id: 'c', name: 'C' },
];
const inbox: InboxMessage[] = [
  { id: 'm1', conversationId: 'b', role: 'assistant', content: 'hi' },
  { id: 'm2', conversationId: 'b', role: 'assistant', content: 'there' },
  { id: 'm3', role: 'assistant', content: 'no conversation' },
];

describe('unreadCounts', () => {
  it('uses the conversations own counts without an inbox', () => {
    expect([...unreadCounts(conversations, undefined)]).toEqual([['a', 2]]);
  });

  it('counts inbox messages per conversation once the inbox is loaded', () => {
    expect([...unreadCounts(conversations, inbox)]).toEqual([['b', 2]]);
    expect(unreadCounts(conversations, []).size).toBe(0);
  });
});

describe('inboxIdsOf', () => {
  it('lists the ids of one conversation', () => {
    expect(inboxIdsOf('b', inbox)).toEqual(['m1', 'm2']);
    expect(inboxIdsOf('a', inbox)).toEqual([]);
  });
});

describe('badgeText', () => {
  it('caps large counts', () => {
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});
