import { describe, expect, it } from 'vitest';
import {
  chatApiConversationFromJson,
  chatApiHistoryToUIMessages,
  chatApiInboxFromJson,
  chatApiPageFromJson,
  chatApiReplyToUIMessage,
  chatApiTeamReplyFromJson,
} from './chat-api-mapping.ts';

describe('Chat API mapping', () => {
  it('maps conversations with their unread count', () => {
    expect(
      chatApiConversationFromJson({
        id: 'c',
        title: 'Trip',
        created_at: 't1',
        updated_at: 't2',
        unread_count: 3,
      }),
    ).toEqual({ id: 'c', name: 'Trip', createdAt: 't1', updatedAt: 't2', unread: 3 });
    expect(chatApiConversationFromJson({ title: 'no id' })).toBeUndefined();
  });

  it('pages by offset using the total, or a full page without one', () => {
    const conversations = [
      { id: 'a', title: 'A' },
      { id: 'b', title: 'B' },
    ];
    expect(chatApiPageFromJson({ conversations, total: 5 }, 2, 2).nextCursor).toBe('4');
    expect(chatApiPageFromJson({ conversations, total: 4 }, 2, 2).nextCursor).toBeUndefined();
    expect(chatApiPageFromJson({ items: conversations }, 0, 2).nextCursor).toBe('2');
    expect(chatApiPageFromJson({ conversations: [] }, 0, 2)).toEqual({ items: [] });
  });

  it('maps history with stable ids when the platform gives none', () => {
    expect(
      chatApiHistoryToUIMessages(
        {
          messages: [
            { role: 'user', content: 'Hello!', created_at: 't1' },
            { id: 'm2', role: 'assistant', content: 'Hi there!' },
            { role: 'tool', content: 'skipped' },
          ],
        },
        'conv',
      ),
    ).toEqual([
      {
        id: 'conv-0',
        role: 'user',
        parts: [{ type: 'text', text: 'Hello!', state: 'done' }],
        metadata: { createdAt: 't1' },
      },
      { id: 'm2', role: 'assistant', parts: [{ type: 'text', text: 'Hi there!', state: 'done' }] },
    ]);
  });

  it('maps chat replies, team replies and the inbox', () => {
    expect(
      chatApiReplyToUIMessage({ response: 'Which city?', agent_id: 'abc', agent_name: 'My Assistant' }, 'fb'),
    ).toEqual({
      id: 'fb',
      role: 'assistant',
      parts: [{ type: 'text', text: 'Which city?', state: 'done' }],
      metadata: { agentId: 'abc', agentName: 'My Assistant' },
    });
    expect(chatApiReplyToUIMessage({ agent_id: 'abc' }, 'fb')).toBeUndefined();
    expect(
      chatApiTeamReplyFromJson(
        {
          responses: [
            { agent_id: 'a1', agent_name: 'Researcher', content: 'R' },
            { agent_id: 'a2', agent_name: 'Analyst', content: 'A' },
          ],
          summary: 'S',
          mode: 'brainstorm',
        },
        'auto',
      ),
    ).toEqual({
      responses: [
        { agentId: 'a1', agentName: 'Researcher', content: 'R' },
        { agentId: 'a2', agentName: 'Analyst', content: 'A' },
      ],
      summary: 'S',
      mode: 'brainstorm',
    });
    expect(chatApiTeamReplyFromJson({ responses: [] }, 'debate')).toEqual({ responses: [], mode: 'debate' });
    expect(chatApiTeamReplyFromJson({}, 'debate')).toBeUndefined();
    expect(
      chatApiInboxFromJson({
        messages: [{ id: 'i1', conversation_id: 'c', role: 'assistant', content: 'New!', created_at: 't' }],
      }),
    ).toEqual([{ id: 'i1', conversationId: 'c', role: 'assistant', content: 'New!', createdAt: 't' }]);
  });
});
