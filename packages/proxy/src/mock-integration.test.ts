import { createMockServer, mockMounts } from '@agent-chat/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_CHAT_APIS } from './config.ts';
import { mockMount } from './embedded-mock.ts';
import { type ProxyServer, startProxyServer } from './proxy-server.ts';

const KEY = 'sk-mock-6d0b2e91';

async function readUntil(response: Response, marker: string): Promise<string> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  while (!text.includes(marker)) {
    const { done, value } = await reader.read();
    if (done) break;
    text += value;
  }
  await reader.cancel();
  return text;
}

describe('the embedded mock server behind the proxy', () => {
  it('maps each API onto the mock server’s own mount', () => {
    // Read as a plain record: the mock server may list its APIs before or after the proxy does.
    const mounts: Record<string, string> = mockMounts;
    for (const api of AGENT_CHAT_APIS) expect(mockMount(api), api).toBe(mounts[api]);
  });

  const servers: Record<string, ProxyServer> = {};

  beforeAll(async () => {
    for (const api of AGENT_CHAT_APIS) {
      servers[api] = await startProxyServer({ env: {}, port: 0, api, apiKey: KEY });
    }
  });
  afterAll(async () => {
    await Promise.all(Object.values(servers).map((server) => server.close()));
  });

  it('Noxus v1: creates a conversation and streams AI SDK frames as they are produced', async () => {
    const origin = servers['noxus-v1']!.url;
    const created = await fetch(`${origin}/agent-chat/v1/conversations?assistant_id=mock-agent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ name: 'Through the proxy', settings: null }),
    });
    expect(created.status).toBeLessThan(300);
    const conversation = (await created.json()) as { id: string };
    expect(conversation.id).toEqual(expect.any(String));

    const stream = await fetch(
      `${origin}/agent-chat/v1/conversations/${encodeURIComponent(conversation.id)}/stream`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ content: 'Hello' }),
      },
    );
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(stream.headers.get('cache-control')).toBe('no-cache, no-transform');
    // Reading stops at the first delta: the reply is still being produced, so it arrived unbuffered.
    const text = await readUntil(stream, '"type":"text-delta"');
    expect(text).toContain('"type":"start"');
    expect(text).toContain('"type":"text-delta"');
    expect(text).not.toContain(KEY);

    const list = await fetch(`${origin}/agent-chat/v1/conversations?page=1&size=20`);
    const { items } = (await list.json()) as { items: { id: string }[] };
    expect(items.map((item) => item.id)).toContain(conversation.id);
  });

  it('agents v2: lists the configured agent’s conversations', async () => {
    const origin = servers['agents-v2']!.url;
    const response = await fetch(`${origin}/agent-chat/agents/mock-agent/conversations`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as { data: unknown[]; next: string | null };
    expect(Array.isArray(page.data)).toBe(true);
  });

  it('Chat API: team chat and the agent inbox', async () => {
    const origin = servers['chat-api']!.url;
    const config = await (await fetch(`${origin}/agent-chat/config`)).json();
    expect(config).toMatchObject({ api: 'chat-api', upstream: 'mock', teamId: 'mock-team', auth: 'bearer' });
    const team = await fetch(`${origin}/agent-chat/teams/mock-team/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ message: 'Plan the launch', mode: 'brainstorm' }),
    });
    expect(team.status).toBe(200);
    expect(await team.json()).toMatchObject({ mode: 'brainstorm', responses: expect.any(Array) });
    const inbox = await fetch(`${origin}/agent-chat/agents/mock-agent/inbox`);
    expect(inbox.status).toBe(200);
  });

  it('AI SDK: sends a turn to the mock’s chat endpoint and streams the reply as it is produced', async () => {
    const origin = servers['ai-sdk']!.url;
    const config = await (await fetch(`${origin}/agent-chat/config`)).json();
    expect(config).toMatchObject({ api: 'ai-sdk', upstream: 'mock', auth: 'bearer', baseUrl: '/agent-chat' });
    const chatId = `proxy-${Date.now()}`;
    const reply = await fetch(`${origin}/agent-chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({
        id: chatId,
        trigger: 'submit-message',
        messages: [{ id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Hello' }] }],
      }),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await readUntil(reply, '"type":"text-delta"');
    expect(text).toContain('"type":"start"');
    expect(text).toContain('"type":"text-delta"');
    expect(text).not.toContain(KEY);
    // The resume path reaches the mock too (204 or a stream: whatever the mock has for the chat).
    const resume = await fetch(`${origin}/agent-chat/${chatId}/stream`);
    expect([200, 204]).toContain(resume.status);
    await resume.body?.cancel();
  });

  it('the mock refuses requests without the key, so the proxy is what adds it', async () => {
    const direct = createMockServer({ apiKey: KEY });
    const response = await direct.fetch(new Request('http://mock.invalid/v1/conversations'));
    expect(response.status).toBe(401);
  });
});
