import type { UIMessage } from 'ai';
import type { Backend } from '../backend.ts';

/** How often, and how far apart, history is read while the platform may still be finishing the run. */
const ATTEMPTS = 5;
const INTERVAL_MS = 600;

function textOf(message: UIMessage | undefined): string {
  return (message?.parts ?? []).map((part) => (part.type === 'text' ? part.text : '')).join('');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * After a reply was cut and could not be resumed, the platform may still have finished it: read
 * the conversation's history and, when it holds the same turns with a complete reply to the last
 * question, return that history to show instead of the partial reply (never a doubled turn). The
 * run may still be going when the cut is noticed, so a history that ends with the question is read
 * again a few times. Undefined when the history does not have the reply.
 */
export async function recoverFromHistory(
  backend: Backend,
  conversationId: string,
  shown: readonly UIMessage[],
  signal?: AbortSignal,
): Promise<UIMessage[] | undefined> {
  const question = shown.findLast((message) => message.role === 'user');
  if (!question) return undefined;
  const questionIndex = shown.lastIndexOf(question);
  for (let attempt = 0; attempt < ATTEMPTS && !signal?.aborted; attempt++) {
    if (attempt > 0) await sleep(INTERVAL_MS, signal);
    let history: UIMessage[];
    try {
      history = await backend.getHistory(conversationId, signal ? { signal } : undefined);
    } catch {
      return undefined;
    }
    const last = history[history.length - 1];
    const asked = history.findLast((message) => message.role === 'user');
    // The same question, in the same place of the thread, answered after it.
    const sameTurn = asked !== undefined && textOf(asked) === textOf(question);
    const samePlace = history.lastIndexOf(asked as UIMessage) === questionIndex;
    if (!sameTurn || !samePlace) return undefined;
    if (last?.role === 'assistant' && textOf(last).length > 0) return history;
  }
  return undefined;
}
