import {
  AbstractChat,
  lastAssistantMessageIsCompleteWithApprovalResponses,
  lastAssistantMessageIsCompleteWithToolCalls,
  type UIMessage,
} from 'ai';

/** The AI SDK's chat as the controller runs it (this module is loaded on demand: see `loadChat`). */
export class ControllerChat extends AbstractChat<UIMessage> {}

/**
 * Makes the controller's chat. With `answersReachServer`, a reply whose approvals or browser-run
 * tool outputs are all in goes back to the server by itself.
 */
export function createControllerChat(
  init: Omit<ConstructorParameters<typeof ControllerChat>[0], 'sendAutomaticallyWhen'>,
  answersReachServer: boolean,
): ControllerChat {
  return new ControllerChat({
    ...init,
    sendAutomaticallyWhen: answersReachServer
      ? (input) =>
          lastAssistantMessageIsCompleteWithApprovalResponses(input) ||
          lastAssistantMessageIsCompleteWithToolCalls(input)
      : undefined,
  });
}
