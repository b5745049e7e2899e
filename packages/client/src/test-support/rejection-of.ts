import { AgentChatError } from '../errors.ts';

/** The AgentChatError a promise rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejectionOf(promise: Promise<unknown>): Promise<AgentChatError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AgentChatError) return error;
    throw new Error(`expected an AgentChatError, got ${String(error)}`);
  }
  throw new Error('expected a rejection, the promise resolved');
}
