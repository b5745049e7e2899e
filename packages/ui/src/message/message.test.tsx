import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { UIMessage } from 'ai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  assistantMarkdown,
  dataMessage,
  emptyAssistant,
  filesMessage,
  reasoningDone,
  reasoningStreaming,
  sourcesMessage,
  streamingMessage,
  toolMessages,
  userMessage,
} from '../test-support/message-fixtures.ts';
import { type DataPartProps, DataPartRegistryProvider } from './data-part-registry.tsx';
import { Message } from './message.tsx';

let clipboard = '';
beforeEach(() => {
  clipboard = '';
  // jsdom has no clipboard; give it a working in-memory one.
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        clipboard = text;
      },
    },
  });
});
afterEach(cleanup);

describe('Message layout', () => {
  it('labels and lays out messages by role', () => {
    render(
      <>
        <Message message={userMessage} />
        <Message message={assistantMarkdown} />
      </>,
    );
    const [user, assistant] = screen.getAllByRole('article');
    expect(user!.getAttribute('aria-label')).toBe('You said');
    expect(user!.getAttribute('data-role')).toBe('user');
    expect(user!.querySelector('[data-slot="message-content"]')!.className).toContain('bg-bubble-user');
    expect(assistant!.getAttribute('aria-label')).toBe('Assistant said');
    expect(within(assistant!).getByRole('heading', { name: 'Quarterly report' })).toBeTruthy();
  });
});

describe('Message parts', () => {
  it('shows finished reasoning collapsed and opens it on click', async () => {
    render(<Message message={reasoningDone} />);
    const trigger = await screen.findByRole('button', { name: /Thought for a few seconds/ });
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(trigger);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('report').tagName).toBe('STRONG');
  });

  it('shows streaming reasoning open, labelled Thinking…, then collapses when done', async () => {
    const { rerender } = render(<Message message={reasoningStreaming} status="streaming" />);
    const trigger = await screen.findByRole('button', { name: /Thinking…/ });
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    const done: UIMessage = {
      ...reasoningStreaming,
      parts: [{ type: 'reasoning', text: 'Done thinking.', state: 'done' }],
    };
    rerender(<Message message={done} status="complete" />);
    const after = screen.getByRole('button', { name: /Thought for \d+ seconds?/ });
    expect(after.getAttribute('aria-expanded')).toBe('false');
  });

  it.each(Object.entries(toolMessages))('renders a tool call in state %s', async (state, message) => {
    render(<Message message={message} onToolApproval={() => {}} />);
    const tool = await waitFor(() => {
      const card = document.querySelector('[data-slot="tool"]');
      if (!card) throw new Error('the tool card has not loaded yet');
      return card;
    });
    expect(tool.getAttribute('data-tool-state')).toBe(state);
    expect(tool.querySelector('[data-slot="tool-name"]')!.textContent).toMatch(/^(getSales|deleteFile)$/);
  });

  it('shows partial input while it streams in', async () => {
    render(<Message message={toolMessages['input-streaming']!} status="streaming" />);
    expect(await screen.findByText('Input (arriving)')).toBeTruthy();
    expect(document.querySelector('[data-slot="json-view"]')!.textContent).toContain('"region": "No"');
  });

  it('shows output and errors', async () => {
    render(<Message message={toolMessages['output-error']!} />);
    expect(await screen.findByText('Database timed out after 30 s.')).toBeTruthy();
    cleanup();
    render(<Message message={toolMessages['output-available']!} />);
    fireEvent.click(await screen.findByRole('button', { name: /getSales/ }));
    expect(document.querySelector('[data-section="Output"]')!.textContent).toContain('"total": 1200');
  });

  it('answers an approval request with Approve and Deny', async () => {
    const onToolApproval = vi.fn();
    render(<Message message={toolMessages['approval-requested']!} onToolApproval={onToolApproval} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    fireEvent.click(screen.getByRole('button', { name: 'Deny' }));
    expect(onToolApproval.mock.calls).toEqual([
      [{ id: 'approval-1', approved: true }],
      [{ id: 'approval-1', approved: false }],
    ]);
  });

  it('lists sources as links, refusing unsafe URLs, and documents as labelled items', () => {
    render(<Message message={sourcesMessage} />);
    const list = screen.getByRole('list', { name: 'Sources' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://www.example.com/q3-report',
      'https://news.example.org/markets',
    ]);
    expect(links[1]!.textContent).toContain('news.example.org');
    expect(within(list).getByText('Unsafe source').closest('a')).toBeNull();
    expect(within(list).getByText('Board deck')).toBeTruthy();
    expect(within(list).getByText(/application\/pdf/)).toBeTruthy();
  });

  it('previews images and links other files for download', () => {
    render(<Message message={filesMessage} />);
    expect(screen.getByRole('img', { name: 'chart.png' })).toBeTruthy();
    const download = screen.getByRole('link', { name: /^Download\s*report\.pdf/ });
    expect(download.getAttribute('download')).toBe('report.pdf');
    expect(screen.getByText('evil.csv').closest('a')).toBeNull();
  });

  it('renders data parts through the registry with a JSON fallback', () => {
    render(
      <DataPartRegistryProvider registry={{ weather: Weather }}>
        <Message message={dataMessage} />
      </DataPartRegistryProvider>,
    );
    expect(screen.getByText('Berlin: 21 °C')).toBeTruthy();
    const fallback = document.querySelector('[data-slot="data-part"][data-name="unknown"]')!;
    expect(fallback.textContent).toContain('"values": [');
  });
});

describe('Message actions', () => {
  it('copies the message text', async () => {
    const onCopied = vi.fn();
    render(<Message message={userMessage} onCopied={onCopied} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy message' })));
    expect(clipboard).toBe('Summarise the **Q3 report** and chart revenue by region.');
    expect(onCopied).toHaveBeenCalledWith('u1', clipboard);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
  });

  it('regenerates an assistant reply', async () => {
    const onRegenerate = vi.fn();
    render(<Message message={reasoningDone} onRegenerate={onRegenerate} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Regenerate reply' }));
    expect(onRegenerate).toHaveBeenCalledWith('a2');
  });

  it('edits and resends a user message with Enter, and cancels with Escape', () => {
    const onEdit = vi.fn();
    render(<Message message={userMessage} onEdit={onEdit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    let input = screen.getByRole('textbox', { name: 'Edit message' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'A different question' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(onEdit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit message' }));

    fireEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    input = screen.getByRole('textbox', { name: 'Edit message' }) as HTMLTextAreaElement;
    expect(input.value).toBe(userMessage.parts[0]!.type === 'text' ? userMessage.parts[0]!.text : '');
    fireEvent.change(input, { target: { value: 'A different question' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(onEdit).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onEdit).toHaveBeenCalledWith('u1', 'A different question');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('hides actions while streaming', () => {
    render(<Message message={streamingMessage} status="streaming" onRegenerate={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Regenerate reply' })).toBeNull();
  });
});

describe('Message status', () => {
  it('shows a streaming indicator and completes half-written markdown', () => {
    render(<Message message={streamingMessage} status="streaming" />);
    const article = screen.getByRole('article');
    expect(article.getAttribute('aria-busy')).toBe('true');
    expect(article.querySelector('[data-slot="streaming-indicator"]')).toBeTruthy();
    expect(article.querySelector('code')?.textContent).toBe('South');
  });

  it('shows a pending reply with no parts yet as the indicator alone', () => {
    render(<Message message={emptyAssistant} status="streaming" />);
    expect(document.querySelector('[data-slot="streaming-indicator"]')).toBeTruthy();
    expect(document.querySelector('[data-slot="message-content"]')).toBeNull();
  });

  it('offers Resume and Retry for an interrupted reply', () => {
    const onResume = vi.fn();
    const onRetry = vi.fn();
    render(<Message message={streamingMessage} status="interrupted" onResume={onResume} onRetry={onRetry} />);
    expect(screen.getByText('The reply was interrupted.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onResume).toHaveBeenCalledOnce();
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('announces an error with its message and Retry', () => {
    const onRetry = vi.fn();
    render(
      <Message
        message={emptyAssistant}
        status="error"
        error={new Error('The server closed the connection.')}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The server closed the connection.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

const renders = vi.fn();
function Spy() {
  renders();
  return null;
}

function Weather({ data }: DataPartProps) {
  const { city, celsius } = data as { city: string; celsius: number };
  return <p>{`${city}: ${celsius} °C`}</p>;
}

describe('Message memo', () => {
  it('does not re-render when the message and status are unchanged, even with new callbacks', () => {
    renders.mockClear();
    const message: UIMessage = { id: 'x', role: 'assistant', parts: [{ type: 'data-spy', data: 1 }] };
    const registry = { spy: Spy };
    const view = render(<Message message={message} dataParts={registry} onRetry={() => {}} />);
    view.rerender(<Message message={message} dataParts={registry} onRetry={() => {}} />);
    view.rerender(<Message message={message} dataParts={registry} onRetry={() => {}} />);
    expect(renders).toHaveBeenCalledOnce();
    view.rerender(<Message message={{ ...message }} dataParts={registry} onRetry={() => {}} />);
    expect(renders).toHaveBeenCalledTimes(2);
    view.rerender(
      <Message message={{ ...message }} status="error" dataParts={registry} onRetry={() => {}} />,
    );
    expect(renders).toHaveBeenCalledTimes(3);
  });
});
