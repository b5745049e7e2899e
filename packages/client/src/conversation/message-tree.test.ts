import type { UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { MessageTree } from './message-tree.ts';

const user = (id: string): UIMessage => ({ id, role: 'user', parts: [{ type: 'text', text: id }] });
const reply = (id: string): UIMessage => ({ id, role: 'assistant', parts: [{ type: 'text', text: id }] });
const ids = (messages: readonly UIMessage[]) => messages.map((message) => message.id);

describe('MessageTree', () => {
  it('records a linear thread as one branch', () => {
    const tree = new MessageTree();
    tree.syncPath([user('u1'), reply('a1'), user('u2'), reply('a2')]);
    expect(tree.size).toBe(4);
    expect(tree.parentOf('u2')).toBe('a1');
    expect(tree.branchOf('a2')).toEqual({ index: 0, count: 1, siblings: ['a2'] });
    expect(ids(tree.pathThrough('u1'))).toEqual(['u1', 'a1', 'u2', 'a2']);
  });

  it('keeps a path that was left as another branch and restores it on switch', () => {
    const tree = new MessageTree();
    tree.syncPath([user('u1'), reply('a1'), user('u2'), reply('a2')]);
    // An edit of u2: the path is cut before it and continues with a new version.
    tree.syncPath([user('u1'), reply('a1'), user('u2b'), reply('a2b')]);
    expect(tree.branchOf('u2b')).toMatchObject({ index: 1, count: 2, siblings: ['u2', 'u2b'] });
    expect(ids(tree.pathThrough('u2'))).toEqual(['u1', 'a1', 'u2', 'a2']);
    // The root's path follows the last active choice.
    expect(ids(tree.pathThrough('u1'))).toEqual(['u1', 'a1', 'u2b', 'a2b']);
    tree.syncPath(tree.pathThrough('u2'));
    expect(ids(tree.pathThrough('u1'))).toEqual(['u1', 'a1', 'u2', 'a2']);
  });

  it('renames a streamed message whose id the server set, keeping its place and children', () => {
    const tree = new MessageTree();
    tree.syncPath([user('u1'), reply('tmp')]);
    tree.update(reply('server-id'), 'tmp');
    expect(tree.has('tmp')).toBe(false);
    expect(tree.parentOf('server-id')).toBe('u1');
    expect(ids(tree.pathThrough('u1'))).toEqual(['u1', 'server-id']);
  });

  it('forgets a removed message and everything under it', () => {
    const tree = new MessageTree();
    tree.syncPath([user('u1'), reply('a1'), user('u2'), reply('a2')]);
    tree.syncPath([user('u1'), reply('a1b')]);
    tree.remove('a1');
    expect(tree.has('u2')).toBe(false);
    expect(tree.branchOf('a1b')).toEqual({ index: 0, count: 1, siblings: ['a1b'] });
    expect(tree.entries().map((entry) => [entry.message.id, entry.parentId])).toEqual([
      ['u1', null],
      ['a1b', 'u1'],
    ]);
  });

  it('gives the path up to a message for an edit or a regenerate', () => {
    const tree = new MessageTree();
    tree.syncPath([user('u1'), reply('a1'), user('u2')]);
    expect(ids(tree.pathTo('a1'))).toEqual(['u1', 'a1']);
  });
});
