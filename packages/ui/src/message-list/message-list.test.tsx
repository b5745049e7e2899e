import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeListLayout, textMessage } from '../test-support/list-layout.ts';
import { MessageList } from './message-list.tsx';
import type { MessageListItemProps } from './message-list-row.tsx';

beforeAll(fakeListLayout);
afterEach(cleanup);

const text = textMessage;
const history = [
  text('u1', 'user', 'Hello'),
  text('a1', 'assistant', 'Hi! How can I help?'),
  text('u2', 'user', 'Sum it up'),
];

describe('MessageList', () => {
  it('is a named log region, busy while a reply streams', () => {
    const { rerender } = render(<MessageList messages={history} status="submitted" />);
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(log.getAttribute('aria-busy')).toBe('true');
    expect(log.getAttribute('aria-live')).toBe('off');
    expect(log.querySelector('[data-slot="message-list-pending"]')).not.toBeNull();
    rerender(<MessageList messages={history} status="ready" />);
    expect(log.getAttribute('aria-busy')).toBe('false');
  });

  it('announces a finished reply once, never per token, and errors assertively', () => {
    const status = () => screen.getByRole('status');
    const { rerender, container } = render(<MessageList messages={history} status="submitted" />);
    const reply = (value: string) => [...history, text('a2', 'assistant', value)];
    rerender(<MessageList messages={reply('Rev')} status="streaming" />);
    rerender(<MessageList messages={reply('Revenue grew')} status="streaming" />);
    expect(status().textContent).toBe('');
    rerender(<MessageList messages={reply('Revenue grew 12%.')} status="ready" />);
    expect(status().textContent).toBe('Assistant replied: Revenue grew 12%.');
    rerender(
      <MessageList messages={reply('Revenue grew 12%.')} status="error" error={new Error('Network lost.')} />,
    );
    const alert = container.querySelector('[aria-live="assertive"]');
    expect(alert?.textContent).toBe('Error: Network lost.');
  });

  it('re-renders only the streaming row on each update', () => {
    const renders = new Map<string, number>();
    const renderMessage = ({ message }: MessageListItemProps) => {
      renders.set(message.id, (renders.get(message.id) ?? 0) + 1);
      return <p>{message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('')}</p>;
    };
    const messages = [...history, text('a2', 'assistant', 'R')];
    const { rerender } = render(
      <MessageList messages={messages} status="streaming" renderMessage={renderMessage} onRetry={() => {}} />,
    );
    const before = new Map(renders);
    for (const value of ['Re', 'Rev', 'Reve']) {
      rerender(
        <MessageList
          messages={[...history, text('a2', 'assistant', value)]}
          status="streaming"
          renderMessage={renderMessage}
          onRetry={() => {}}
        />,
      );
    }
    expect(renders.get('u1')).toBe(before.get('u1'));
    expect(renders.get('a1')).toBe(before.get('a1'));
    expect(renders.get('a2')).toBe((before.get('a2') ?? 0) + 3);
    expect(screen.getByText('Reve').tagName).toBe('P');
  });

  it('keeps the DOM the same size for 100 or 10,000 messages', () => {
    const rows = (count: number) => {
      const messages = Array.from({ length: count }, (_, index) =>
        text(`m${index}`, index % 2 ? 'assistant' : 'user', `Message ${index}`),
      );
      const { container, unmount } = render(<MessageList messages={messages} />);
      const rendered = container.querySelectorAll('[data-slot="message-list-row"]').length;
      unmount();
      return rendered;
    };
    const few = rows(100);
    expect(few).toBeGreaterThan(0);
    expect(rows(10_000)).toBe(few);
  });

  it('shows the empty state when there are no messages', () => {
    render(<MessageList messages={[]} emptyState={<p>Ask anything</p>} />);
    expect(screen.getByRole('log').textContent).toBe('Ask anything');
  });

  it('shows a failed send with Retry when no reply exists', () => {
    let retried = 0;
    render(
      <MessageList
        messages={history}
        status="error"
        error={new Error('The server is unavailable.')}
        onRetry={() => {
          retried++;
        }}
      />,
    );
    const retry = screen.getByRole('button', { name: 'Retry' });
    act(() => retry.click());
    expect(retried).toBe(1);
    expect(screen.getByRole('alert').textContent).toContain('The server is unavailable.');
  });

  it('holds version switching on every message while a reply is sent or written', () => {
    const switched: string[] = [];
    const branchOf = (id: string) =>
      id === 'u2' ? { index: 1, count: 2, siblings: ['u2-old', 'u2'] } : undefined;
    const props = { messages: history, branchOf, onSwitchBranch: (id: string) => switched.push(id) };
    const { rerender } = render(<MessageList {...props} status="streaming" />);
    const previous = () => screen.getByRole('button', { name: 'Previous version' }) as HTMLButtonElement;
    expect(previous().disabled).toBe(true);
    rerender(<MessageList {...props} status="submitted" />);
    expect(previous().disabled).toBe(true);
    rerender(<MessageList {...props} status="ready" />);
    expect(previous().disabled).toBe(false);
    act(() => previous().click());
    expect(switched).toEqual(['u2-old']);
  });
});
