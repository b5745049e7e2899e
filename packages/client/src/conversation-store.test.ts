import type { UIMessage } from 'ai';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Conversation } from './backend.ts';
import type { ConversationStore } from './conversation-store.ts';
import { memoryConversationStore } from './conversation-store.ts';
import {
  availableLocalStorage,
  localStorageConversationStore,
  type StorageLike,
} from './conversation-store-local.ts';

/** A Web Storage stand-in for Node; `quota` characters at most, as browsers refuse past theirs. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(readonly quota = Number.POSITIVE_INFINITY) {}
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    let size = value.length;
    for (const [other, text] of this.items) if (other !== key) size += text.length;
    if (size > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const conversation = (id: string, updatedAt: string): Conversation => ({
  id,
  name: `Chat ${id}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
});
const message: UIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hi' }] };

describe.each<[string, () => Required<ConversationStore>]>([
  ['memoryConversationStore', () => memoryConversationStore()],
  ['localStorageConversationStore', () => localStorageConversationStore('test', new FakeStorage())],
])('%s', (_name, create) => {
  it('keeps conversations newest first, with their messages, and renames and deletes them', async () => {
    const store = create();
    await store.save(conversation('a', '2026-01-01T00:00:00.000Z'));
    await store.save(conversation('b', '2026-01-02T00:00:00.000Z'));
    await store.saveMessages('a', [message]);
    expect((await store.list()).map((item) => item.id)).toEqual(['b', 'a']);
    expect(await store.getMessages('a')).toEqual([message]);
    expect(await store.getMessages('b')).toEqual([]);

    const renamed = await store.rename('a', 'Renamed');
    expect(renamed).toMatchObject({ id: 'a', name: 'Renamed' });
    expect((await store.list()).map((item) => item.id)).toEqual(['a', 'b']);
    expect(await store.rename('missing', 'x')).toBeUndefined();

    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    expect(await store.getMessages('a')).toEqual([]);
    expect((await store.list()).map((item) => item.id)).toEqual(['b']);
  });

  it('hands out copies, so that changing them changes nothing stored', async () => {
    const store = create();
    await store.saveMessages('a', [message]);
    const [copy] = await store.getMessages('a');
    if (copy === undefined) throw new Error('no message');
    copy.parts.push({ type: 'text', text: 'changed' });
    expect(await store.getMessages('a')).toEqual([message]);
  });
});

describe('localStorageConversationStore', () => {
  it('survives a new store over the same storage, under its own key only', async () => {
    const storage = new FakeStorage();
    await localStorageConversationStore('one', storage).save(conversation('a', '2026-01-01T00:00:00.000Z'));
    expect(await localStorageConversationStore('one', storage).get('a')).toMatchObject({ name: 'Chat a' });
    expect(await localStorageConversationStore('two', storage).list()).toEqual([]);
    expect([...storage.items.keys()]).toEqual(['one:conversations']);
  });

  it('reads damaged entries as empty instead of failing', async () => {
    const storage = new FakeStorage();
    storage.setItem('k:conversations', '{not json');
    storage.setItem('k:messages:a', '"a string"');
    const store = localStorageConversationStore('k', storage);
    expect(await store.list()).toEqual([]);
    expect(await store.getMessages('a')).toEqual([]);
  });

  it('says what to do when the storage is full', async () => {
    const store = localStorageConversationStore('k', new FakeStorage(10));
    expect(() => store.saveMessages('a', [message])).toThrow(
      expect.objectContaining({ kind: 'limit', message: expect.stringMatching(/full. Delete some old/) }),
    );
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("is the runtime's localStorage when it works, and refused with a clear error where none does", () => {
    const storage = new FakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(availableLocalStorage()).toBe(storage);
    vi.stubGlobal('localStorage', new FakeStorage(0));
    expect(availableLocalStorage()).toBeUndefined();
    vi.stubGlobal('localStorage', undefined);
    expect(availableLocalStorage()).toBeUndefined();
    expect(() => localStorageConversationStore()).toThrow(/no usable localStorage/);
  });
});
