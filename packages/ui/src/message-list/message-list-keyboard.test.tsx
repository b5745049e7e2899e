import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeListLayout, textMessage } from '../test-support/list-layout.ts';
import { MessageList } from './message-list.tsx';

beforeAll(fakeListLayout);
afterEach(cleanup);

const text = textMessage;
const history = [
  text('u1', 'user', 'Hello'),
  text('a1', 'assistant', 'Hi! How can I help?'),
  text('u2', 'user', 'Sum it up'),
  text('a2', 'assistant', 'Revenue grew 12%.'),
];
const noop = () => {};

const articles = () => screen.getAllByRole('article');
const tabbable = () =>
  [...document.querySelectorAll<HTMLElement>('[role="log"], [role="log"] *')].filter(
    (element) => element.tabIndex >= 0 && element.getAttribute('tabindex') !== null,
  );
const key = (name: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key: name });

describe('MessageList keyboard', () => {
  it('is one Tab stop: the newest message, with every control inside out of the tab order', async () => {
    render(<MessageList messages={history} onRegenerate={noop} onEdit={noop} />);
    const log = screen.getByRole('log', { name: 'Conversation' });
    await waitFor(() => expect(tabbable()).toEqual([articles()[3]]));
    expect(log.tabIndex).toBe(-1);
    for (const button of screen.getAllByRole('button')) expect(button.tabIndex).toBe(-1);
  });

  it('says who wrote each message and where it sits', () => {
    render(<MessageList messages={history} />);
    const first = screen.getByRole('article', { name: 'You said', description: 'Message 1 of 4' });
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.getAttribute('aria-setsize')).toBe('4');
    expect(screen.getByRole('article', { name: 'Assistant said', description: 'Message 4 of 4' })).toBe(
      articles()[3],
    );
  });

  it('moves between messages with the arrows, Home and End, and the Tab stop follows', () => {
    render(<MessageList messages={history} />);
    act(() => articles()[3]!.focus());
    key('ArrowUp');
    expect(document.activeElement).toBe(articles()[2]);
    expect(articles()[2]!.tabIndex).toBe(0);
    expect(articles()[3]!.tabIndex).toBe(-1);
    key('Home');
    expect(document.activeElement).toBe(articles()[0]);
    key('ArrowUp');
    expect(document.activeElement).toBe(articles()[0]);
    key('ArrowDown');
    expect(document.activeElement).toBe(articles()[1]);
    key('End');
    expect(document.activeElement).toBe(articles()[3]);
  });

  it('goes into a message with Enter and comes back out with Escape', async () => {
    render(<MessageList messages={history} onRegenerate={noop} />);
    const reply = articles()[1]!;
    act(() => reply.focus());
    key('Enter');
    const copy = screen.getAllByRole('button', { name: 'Copy message' })[1]!;
    expect(document.activeElement).toBe(copy);
    const regenerate = screen.getAllByRole('button', { name: 'Regenerate reply' })[0]!;
    expect(regenerate.tabIndex).toBe(0);
    key('Escape');
    expect(document.activeElement).toBe(reply);
    await waitFor(() => expect(regenerate.tabIndex).toBe(-1));
    expect(copy.tabIndex).toBe(-1);
  });

  it('keeps focus on the chosen message while a reply streams in and new messages arrive', () => {
    const { rerender } = render(<MessageList messages={history} status="ready" />);
    act(() => articles()[1]!.focus());
    const chosen = articles()[1]!;
    rerender(<MessageList messages={[...history, text('a3', 'assistant', 'Re')]} status="streaming" />);
    rerender(<MessageList messages={[...history, text('a3', 'assistant', 'Revenue')]} status="streaming" />);
    rerender(
      <MessageList messages={[...history, text('a3', 'assistant', 'Revenue grew.')]} status="ready" />,
    );
    expect(document.activeElement).toBe(chosen);
    expect(chosen.tabIndex).toBe(0);
    expect(screen.getByRole('article', { description: 'Message 2 of 5' })).toBe(chosen);
    expect(articles()[4]!.tabIndex).toBe(-1);
  });

  it('keeps links a streaming reply writes out of the tab order as they arrive', async () => {
    const { rerender } = render(
      <MessageList messages={[...history, text('a3', 'assistant', 'See')]} status="streaming" />,
    );
    rerender(
      <MessageList
        messages={[...history, text('a3', 'assistant', 'See [the docs](https://example.com/docs)')]}
        status="streaming"
      />,
    );
    const link = await screen.findByRole('link', { name: 'the docs' });
    await waitFor(() => expect(link.tabIndex).toBe(-1));
    rerender(
      <MessageList
        messages={[
          ...history,
          text(
            'a3',
            'assistant',
            'See [the docs](https://example.com/docs) and [the guide](https://example.com/guide)',
          ),
        ]}
        status="streaming"
      />,
    );
    const second = await screen.findByRole('link', { name: 'the guide' });
    await waitFor(() => expect(second.tabIndex).toBe(-1));
    expect(tabbable()).toEqual([articles()[4]]);
  });

  it('makes the row itself the focusable article for a custom renderer', () => {
    render(<MessageList messages={history} renderMessage={({ message }) => <p>{message.id}</p>} />);
    const rows = articles();
    expect(rows).toHaveLength(4);
    expect(screen.getByRole('article', { name: 'Assistant said', description: 'Message 4 of 4' })).toBe(
      rows[3],
    );
    expect(rows[3]!.tabIndex).toBe(0);
    act(() => rows[3]!.focus());
    key('ArrowUp');
    expect(document.activeElement).toBe(articles()[2]);
  });
});
