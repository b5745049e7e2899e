import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { countNewMessages } from './count-new-messages.ts';
import { listFooter, rowStatus } from './list-rows.ts';
import { errorAnnouncement, messageSnippet, replyAnnouncement } from './reply-announcement.ts';
import { distanceFromBottom, isNearBottom, keyScrollIntent } from './scroll-metrics.ts';

const user = (id: string): UIMessage => ({ id, role: 'user', parts: [{ type: 'text', text: 'hi' }] });
const assistant = (id: string, text = 'Hello **there**'): UIMessage => ({
  id,
  role: 'assistant',
  parts: [{ type: 'text', text }],
});

describe('scroll metrics', () => {
  it('measures the distance to the end and never goes negative', () => {
    expect(distanceFromBottom({ scrollTop: 100, scrollHeight: 1000, clientHeight: 400 })).toBe(500);
    expect(distanceFromBottom({ scrollTop: 700, scrollHeight: 1000, clientHeight: 400 })).toBe(0);
    expect(isNearBottom({ scrollTop: 560, scrollHeight: 1000, clientHeight: 400 }, 48)).toBe(true);
    expect(isNearBottom({ scrollTop: 500, scrollHeight: 1000, clientHeight: 400 }, 48)).toBe(false);
  });

  it('maps scrolling keys to their direction', () => {
    expect(['PageUp', 'ArrowUp', 'Home'].map(keyScrollIntent)).toEqual(['up', 'up', 'up']);
    expect(['PageDown', 'ArrowDown', ' '].map(keyScrollIntent)).toEqual(['down', 'down', 'down']);
    expect(keyScrollIntent('End')).toBe('end');
    expect(keyScrollIntent('a')).toBeNull();
  });
});

describe('countNewMessages', () => {
  const messages = [user('1'), assistant('2'), user('3'), assistant('4')];
  it('counts the messages after the last one seen', () => {
    expect(countNewMessages(messages, '2')).toBe(2);
    expect(countNewMessages(messages, '4')).toBe(0);
  });
  it('ignores history prepended above and unknown ids', () => {
    expect(countNewMessages([user('0'), ...messages], '2')).toBe(2);
    expect(countNewMessages(messages, 'gone')).toBe(0);
    expect(countNewMessages(messages, undefined)).toBe(0);
  });
});

describe('row status and footer', () => {
  const asked = [user('1')];
  const answered = [user('1'), assistant('2')];
  it('gives the exchange status to the newest assistant message only', () => {
    expect(rowStatus(1, answered, 'streaming', false)).toBe('streaming');
    expect(rowStatus(0, answered, 'streaming', false)).toBe('complete');
    expect(rowStatus(1, answered, 'error', false)).toBe('error');
    expect(rowStatus(1, answered, 'ready', true)).toBe('interrupted');
    expect(rowStatus(1, answered, 'ready', false)).toBe('complete');
    expect(rowStatus(0, asked, 'error', false)).toBe('complete');
  });
  it('adds a footer row when the reply has no message yet', () => {
    expect(listFooter(asked, 'submitted', false)).toBe('pending');
    expect(listFooter(asked, 'error', false)).toBe('error');
    expect(listFooter(asked, 'ready', true)).toBe('interrupted');
    expect(listFooter(asked, 'ready', false)).toBeUndefined();
    expect(listFooter(answered, 'error', false)).toBeUndefined();
    expect(listFooter([], 'submitted', false)).toBe('pending');
  });
});

describe('announcements', () => {
  it('announces a completed reply once, with a plain-text snippet', () => {
    expect(replyAnnouncement('streaming', 'ready', assistant('2'))).toBe('Assistant replied: Hello there');
    expect(replyAnnouncement('submitted', 'ready', assistant('2', ''))).toBe('Assistant replied.');
    expect(replyAnnouncement('ready', 'ready', assistant('2'))).toBeUndefined();
    expect(replyAnnouncement('streaming', 'streaming', assistant('2'))).toBeUndefined();
    expect(replyAnnouncement('streaming', 'ready', user('1'))).toBe('Reply stopped.');
  });
  it('cuts long replies at a word', () => {
    const snippet = messageSnippet(assistant('2', 'word '.repeat(200)));
    expect(snippet.length).toBeLessThanOrEqual(161);
    expect(snippet.endsWith('word…')).toBe(true);
  });
  it('announces errors with their message', () => {
    expect(errorAnnouncement('error', new Error('Rate limited.'))).toBe('Error: Rate limited.');
    expect(errorAnnouncement('error', undefined)).toBe('Error: the reply failed.');
    expect(errorAnnouncement('ready', new Error('x'))).toBeUndefined();
  });
});
