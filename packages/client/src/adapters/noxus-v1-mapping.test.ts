import { describe, expect, it } from 'vitest';
import {
  noxusConversationFromJson,
  noxusMessageOptionsToJson,
  noxusMessagesToUIMessages,
  noxusPageFromJson,
  noxusReplyToUIMessage,
  noxusSettingsFromJson,
  noxusSettingsToJson,
} from './noxus-v1-mapping.ts';

describe('Noxus settings', () => {
  it('round-trips every field through snake_case', () => {
    const settings = {
      modelSelection: ['gpt-x'],
      temperature: 0.4,
      maxTokens: 512,
      tools: [{ name: 'Web Research', type: 'web_research', enabled: true, description: 'Search' }],
      extraInstructions: 'Be brief',
      agentFlowId: 'flow-1',
    };
    const json = noxusSettingsToJson(settings);
    expect(json).toEqual({
      model_selection: ['gpt-x'],
      temperature: 0.4,
      max_tokens: 512,
      tools: [{ name: 'Web Research', type: 'web_research', enabled: true, description: 'Search' }],
      extra_instructions: 'Be brief',
      agent_flow_id: 'flow-1',
    });
    expect(noxusSettingsFromJson(json)).toEqual(settings);
  });
  it('leaves unset fields out and reads nulls as unset', () => {
    expect(noxusSettingsToJson({ temperature: 0 })).toEqual({ temperature: 0 });
    expect(noxusSettingsFromJson({ temperature: null, max_tokens: null })).toEqual({});
    expect(noxusSettingsFromJson(null)).toBeUndefined();
  });
  it('maps message options', () => {
    expect(
      noxusMessageOptionsToJson({ modelSelection: ['m'], tool: 'kb_qa', kbId: 'kb', workflowId: 'wf' }),
    ).toEqual({ model_selection: ['m'], tool: 'kb_qa', kb_id: 'kb', workflow_id: 'wf' });
    expect(noxusMessageOptionsToJson(undefined)).toEqual({});
  });
});

describe('Noxus conversations and pages', () => {
  it('maps a conversation', () => {
    expect(
      noxusConversationFromJson({
        id: 'c1',
        name: 'Hello',
        created_at: '2026-01-01T00:00:00Z',
        last_updated_at: '2026-01-02T00:00:00Z',
        etag: 'e1',
        status: 'running',
        agent_id: 'a1',
        settings: { temperature: 1 },
        messages: [],
      }),
    ).toEqual({
      id: 'c1',
      name: 'Hello',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
      etag: 'e1',
      status: 'running',
      agentId: 'a1',
      settings: { temperature: 1 },
    });
    expect(noxusConversationFromJson({ name: 'no id' })).toBeUndefined();
  });
  it('pages by total when given, by a full page otherwise', () => {
    const items = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ];
    expect(noxusPageFromJson({ items, total: 5 }, 2, 2).nextCursor).toBe('3');
    expect(noxusPageFromJson({ items, total: 4 }, 2, 2).nextCursor).toBeUndefined();
    expect(noxusPageFromJson({ items }, 1, 2).nextCursor).toBe('2');
    expect(noxusPageFromJson({ items: items.slice(1) }, 1, 2).nextCursor).toBeUndefined();
    expect(noxusPageFromJson(items, 1, 5).items.map((item) => item.id)).toEqual(['a', 'b']);
  });
});

describe('Noxus history → UIMessage[]', () => {
  it('maps every part type into AI SDK shapes', () => {
    const history = noxusMessagesToUIMessages([
      {
        id: 'm1',
        created_at: '2026-01-01T00:00:00Z',
        message_parts: [
          {
            role: 'user',
            type: 'user',
            content: 'Summarise this',
            files: [
              {
                id: 'f',
                name: 'r.pdf',
                size: 3,
                type: 'application/pdf',
                status: 'ready',
                url: 'https://f/r.pdf',
              },
            ],
          },
        ],
      },
      {
        id: 'm2',
        message_parts: [
          { role: 'assistant', type: 'reasoning', content: 'thinking' },
          {
            role: 'assistant',
            type: 'tool',
            tool: 'web_research',
            content: { input: { q: 'x' }, output: { hits: 2 } },
          },
          {
            role: 'assistant',
            type: 'tool',
            tool: 'kb_qa',
            content: '{"input":{"q":"y"},"error":"kb offline"}',
          },
          { role: 'assistant', type: 'tool', tool: 'calc', content: { input: { a: 1 } } },
          { role: 'assistant', type: 'source', content: { url: 'https://s', title: 'S' } },
          {
            role: 'assistant',
            type: 'file',
            content: '',
            files: [{ name: 'chart.png', type: 'image/png', url: 'https://f/c.png' }],
          },
          { role: 'assistant', type: 'data', content: { name: 'table', data: { rows: 3 } } },
          { role: 'assistant', type: 'text', content: 'Here it is' },
          { role: 'assistant', type: 'mystery', content: 'still shown' },
        ],
      },
    ]);
    expect(history).toEqual([
      {
        id: 'm1',
        role: 'user',
        metadata: { createdAt: '2026-01-01T00:00:00Z' },
        parts: [
          { type: 'text', text: 'Summarise this', state: 'done' },
          { type: 'file', mediaType: 'application/pdf', url: 'https://f/r.pdf', filename: 'r.pdf' },
        ],
      },
      {
        id: 'm2',
        role: 'assistant',
        parts: [
          { type: 'reasoning', text: 'thinking', state: 'done' },
          {
            type: 'dynamic-tool',
            toolName: 'web_research',
            toolCallId: 'm2-1',
            state: 'output-available',
            input: { q: 'x' },
            output: { hits: 2 },
          },
          {
            type: 'dynamic-tool',
            toolName: 'kb_qa',
            toolCallId: 'm2-2',
            state: 'output-error',
            input: { q: 'y' },
            errorText: 'kb offline',
          },
          {
            type: 'dynamic-tool',
            toolName: 'calc',
            toolCallId: 'm2-3',
            state: 'input-available',
            input: { a: 1 },
          },
          { type: 'source-url', sourceId: 'm2-4', url: 'https://s', title: 'S' },
          { type: 'file', mediaType: 'image/png', url: 'https://f/c.png', filename: 'chart.png' },
          { type: 'data-table', data: { rows: 3 } },
          { type: 'text', text: 'Here it is', state: 'done' },
          { type: 'text', text: 'still shown', state: 'done' },
        ],
      },
    ]);
  });

  it('reads images as file parts, with the media type of a data URL', () => {
    const [message] = noxusMessagesToUIMessages([
      {
        id: 'm',
        message_parts: [
          {
            role: 'user',
            type: 'user',
            content: 'look',
            images: ['data:image/png;base64,iVBOR', 'https://i/x.jpg'],
          },
        ],
      },
    ]);
    expect(message?.parts).toEqual([
      { type: 'text', text: 'look', state: 'done' },
      { type: 'file', mediaType: 'image/png', url: 'data:image/png;base64,iVBOR' },
      { type: 'file', mediaType: 'image', url: 'https://i/x.jpg' },
    ]);
  });

  it('splits a message holding both sides into a user and an assistant message', () => {
    const history = noxusMessagesToUIMessages([
      {
        id: 'm',
        message_parts: [
          { role: 'user', type: 'user', content: 'hi' },
          { role: 'assistant', type: 'text', content: 'hello' },
        ],
      },
    ]);
    expect(history.map((message) => [message.id, message.role])).toEqual([
      ['m', 'user'],
      ['m:1', 'assistant'],
    ]);
  });
});

describe('Noxus chat replies', () => {
  const conversationReply = {
    id: 'c',
    name: 'n',
    messages: [
      { id: 'u', message_parts: [{ role: 'user', type: 'user', content: 'q' }] },
      { id: 'a', message_parts: [{ role: 'assistant', type: 'text', content: 'answer' }] },
    ],
  };
  it('reads a Conversation, a message, and {parts} in both shapes', () => {
    expect(noxusReplyToUIMessage(conversationReply, 'x')).toEqual({
      id: 'a',
      role: 'assistant',
      parts: [{ type: 'text', text: 'answer', state: 'done' }],
    });
    expect(
      noxusReplyToUIMessage(
        { id: 'a2', message_parts: [{ role: 'assistant', type: 'text', content: 'two' }] },
        'x',
      ),
    ).toMatchObject({ id: 'a2', parts: [{ type: 'text', text: 'two' }] });
    expect(
      noxusReplyToUIMessage({ parts: [{ role: 'assistant', type: 'text', content: 'three' }] }, 'fb'),
    ).toMatchObject({ id: 'fb', parts: [{ type: 'text', text: 'three' }] });
    expect(noxusReplyToUIMessage({ parts: [{ type: 'text', text: 'four' }] }, 'fb')).toEqual({
      id: 'fb',
      role: 'assistant',
      parts: [{ type: 'text', text: 'four' }],
    });
    expect(noxusReplyToUIMessage({ nothing: true }, 'fb')).toBeUndefined();
  });
});
