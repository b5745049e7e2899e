import { AgentChatProvider } from '@agent-chat/react';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockBackend, MOCK_TEAM_ID } from '../test-support/mock-platform.tsx';
import { TeamReplies } from './team-replies.tsx';

afterEach(cleanup);

describe('TeamReplies over the mock Chat API, in Chromium', () => {
  it('sends in the chosen mode and shows one card per agent plus the summary', async () => {
    render(
      <AgentChatProvider backend={createMockBackend('chat-api')}>
        <TeamReplies teamId={MOCK_TEAM_ID} />
      </AgentChatProvider>,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Debate' }));
    const box = screen.getByRole('textbox', { name: 'Message to the team' });
    fireEvent.change(box, { target: { value: 'Should we ship on Friday?' } });
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter' });
    });
    expect((box as HTMLTextAreaElement).value).toBe('');
    const log = screen.getByRole('log', { name: 'Team replies' });
    await within(log).findByRole('article', { name: 'Summary' }, { timeout: 30_000 });
    expect(within(log).getAllByRole('article').length).toBeGreaterThan(1);
    expect(within(log).getByText('Should we ship on Friday?')).toBeTruthy();
  });

  it('shows the platform’s error (a mode it does not offer), keeping the message', async () => {
    render(
      <AgentChatProvider backend={createMockBackend('chat-api')}>
        <TeamReplies teamId={MOCK_TEAM_ID} defaultMode="unanimous" />
      </AgentChatProvider>,
    );
    const box = screen.getByRole('textbox', { name: 'Message to the team' });
    fireEvent.change(box, { target: { value: 'Anyone there?' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert.textContent).toMatch(/The team could not answer/);
    expect(screen.getByText('Anyone there?')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('says so where the backend has no team chat', () => {
    render(
      <AgentChatProvider backend={createMockBackend('noxus-v1')}>
        <TeamReplies teamId={MOCK_TEAM_ID} />
      </AgentChatProvider>,
    );
    expect(screen.getByText('This backend has no team chat.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
