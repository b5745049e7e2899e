/**
 * Files uploaded when attached (agents v2) are not uploaded again when the message is sent: the
 * client's controller and adapter against this mock platform.
 */
import { ConversationController, createBackend, rememberUploadedFile } from '@agent-chat/client';
import { describe, expect, it } from 'vitest';
import { createMockServer, mockMounts } from './index.ts';

describe('a message with files uploaded when attached', () => {
  it('sends their references, uploading only the files not there yet', async () => {
    const server = createMockServer({ tokenDelayMs: 0 });
    let uploads = 0;
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/files')) uploads++;
      return server.fetch(request);
    };
    const backend = createBackend('agents-v2', {
      baseUrl: `http://mock${mockMounts['agents-v2']}`,
      agentId: 'mock-agent',
      fetch,
    });
    const { id } = await backend.createConversation({ name: 'files' });
    const early = new File(['early bytes'], 'early.txt', { type: 'text/plain' });
    const late = new File(['late bytes'], 'late.txt', { type: 'text/plain' });
    const [uploaded] = await backend.files!.upload!(id, [
      { name: early.name, mediaType: early.type, data: early },
    ]);
    rememberUploadedFile(early, id, uploaded!.ref);

    const controller = new ConversationController({ backend, conversationId: id, pacing: 'none' });
    await controller.dispatch({ type: 'send', text: 'Both files', files: [early, late] });

    expect(uploads).toBe(2);
    const names = (await backend.files!.list!(id)).map((file) => file.name);
    expect(names).toEqual(['early.txt', 'late.txt']);
    const sent = controller.getSnapshot().messages.find((message) => message.role === 'user');
    expect(sent?.parts.filter((part) => part.type === 'file')).toHaveLength(2);
    await controller.dispose();
  });
});
