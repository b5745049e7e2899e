import type { FileUIPart } from 'ai';
import { describe, expect, it } from 'vitest';
import { toOutgoingMessage } from '../chat-transport.ts';
import { fileRefOf, rememberUploadedFile, uploadedFileRef, withFileRef } from './uploaded-files.ts';

describe('files uploaded when attached', () => {
  it('are known by the file object, in the conversation they went to only', () => {
    const file = new File(['hello'], 'note.txt', { type: 'text/plain' });
    expect(uploadedFileRef(file, 'c1')).toBeUndefined();
    rememberUploadedFile(file, 'c1', 'ref-7');
    expect(uploadedFileRef(file, 'c1')).toBe('ref-7');
    expect(uploadedFileRef(file, 'c2')).toBeUndefined();
    expect(uploadedFileRef(new File(['hello'], 'note.txt'), 'c1')).toBeUndefined();
  });

  it('reach the backend as a reference, without their bytes, when their part carries it', async () => {
    const part: FileUIPart = {
      type: 'file',
      mediaType: 'text/plain',
      filename: 'note.txt',
      url: 'data:,hello',
    };
    const marked = withFileRef(part, 'ref-7');
    expect(fileRefOf(marked)).toBe('ref-7');
    expect(fileRefOf(part)).toBeUndefined();
    const outgoing = await toOutgoingMessage({
      id: 'u1',
      role: 'user',
      parts: [marked, part, { type: 'text', text: 'see attached' }],
    });
    expect(outgoing.files?.[0]).toEqual({ name: 'note.txt', mediaType: 'text/plain', fileRef: 'ref-7' });
    expect(outgoing.files?.[1]).toMatchObject({ name: 'note.txt', mediaType: 'text/plain' });
    expect(await outgoing.files?.[1]?.data?.text()).toBe('hello');
  });
});
