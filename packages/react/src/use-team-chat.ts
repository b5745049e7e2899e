import { requireFacet, type TeamReply } from '@agent-chat/client';
import * as React from 'react';
import { useAgentChat } from './agent-chat-provider.tsx';

/** One message to a team and what came back. */
export interface TeamExchange {
  id: string;
  message: string;
  mode: string;
  reply?: TeamReply;
  error?: Error;
}

/** Team chat state. */
export interface TeamChatState {
  replies: TeamExchange[];
  send(input: { message: string; mode: string }): Promise<void>;
  status: 'idle' | 'pending' | 'error';
  /** The chat modes the platform offers. */
  modes: string[];
}

/** Modes of the Chat API's team chat (its docs list `auto` and `brainstorm` among others). */
export const TEAM_CHAT_MODES = ['auto', 'brainstorm', 'debate', 'round-robin'];

let nextExchange = 0;

/**
 * Messages to a team of agents (platform 004): every agent answers according to the mode, plus
 * a summary.
 * @example const team = useTeamChat('team-1'); team.send({ message, mode: 'brainstorm' });
 */
export function useTeamChat(teamId: string | undefined): TeamChatState {
  const { backend } = useAgentChat('useTeamChat');
  const [replies, setReplies] = React.useState<TeamExchange[]>([]);
  const [status, setStatus] = React.useState<TeamChatState['status']>('idle');
  const send = React.useCallback(
    async ({ message, mode }: { message: string; mode: string }) => {
      if (!teamId) throw new Error('useTeamChat needs a team id to send to.');
      const id = `team-${++nextExchange}`;
      setReplies((current) => [...current, { id, message, mode }]);
      setStatus('pending');
      try {
        const reply = await requireFacet(backend, 'teams').teams.chat(teamId, { message, mode });
        setReplies((current) => current.map((item) => (item.id === id ? { ...item, reply } : item)));
        setStatus('idle');
      } catch (cause) {
        const error = cause instanceof Error ? cause : new Error(String(cause));
        setReplies((current) => current.map((item) => (item.id === id ? { ...item, error } : item)));
        setStatus('error');
      }
    },
    [backend, teamId],
  );
  return { replies, send, status, modes: TEAM_CHAT_MODES };
}
