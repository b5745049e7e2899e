import { describe, expect, it } from 'vitest';
import { AgentChatError, isAgentChatError } from './errors.ts';

describe('AgentChatError', () => {
  it('keeps kind, status and the server message', () => {
    const error = new AgentChatError({
      kind: 'http',
      status: 503,
      message: 'Try again',
      serverMessage: 'busy',
    });
    expect(isAgentChatError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'http', status: 503, serverMessage: 'busy', message: 'Try again' });
    expect(error.retryable).toBe(true);
  });

  it('does not call client errors retryable', () => {
    expect(new AgentChatError({ kind: 'http', status: 404, message: 'x' }).retryable).toBe(false);
    expect(new AgentChatError({ kind: 'auth', status: 401, message: 'x' }).retryable).toBe(false);
    expect(isAgentChatError(new Error('plain'))).toBe(false);
  });
});
