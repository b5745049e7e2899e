import type { UIMessage } from 'ai';
import { LazyToolPart } from './lazy-parts.tsx';
import type { MessageActionsValue } from './message-context.tsx';
import { usePartRegistries } from './part-registry.tsx';
import { type ToolPartValue, toolName } from './tool-name.ts';

/**
 * One tool call of the enclosing message: the app's component for that tool when one is
 * registered (`MessagePartsProvider tools`), else the generic card. Approvals and browser-run tool
 * outputs are wired to the thread's callbacks only where the platform can hear them.
 */
export function MessageTool({
  part,
  message,
  actions,
}: {
  part: ToolPartValue;
  message: UIMessage;
  actions: MessageActionsValue;
}) {
  const { tools } = usePartRegistries();
  const name = toolName(part);
  const canAnswer = actions.toolResponses !== false;
  const Custom = tools[name];
  if (!Custom) {
    return <LazyToolPart part={part} onToolApproval={actions.onToolApproval} readOnly={!canAnswer} />;
  }
  const { onToolApproval, onToolOutput } = actions;
  const respond =
    part.state === 'approval-requested' && onToolApproval && canAnswer
      ? (approved: boolean, reason?: string) =>
          onToolApproval({ id: part.approval.id, approved, ...(reason ? { reason } : {}) })
      : undefined;
  // A call the browser answers: its input is complete and no server ran it.
  const waitsForOutput =
    part.state === 'input-available' && !part.providerExecuted && onToolOutput && canAnswer;
  return (
    <Custom
      part={part}
      message={message}
      name={name}
      respond={respond}
      addOutput={
        waitsForOutput
          ? (output) => onToolOutput({ tool: name, toolCallId: part.toolCallId, output })
          : undefined
      }
      addError={
        waitsForOutput
          ? (errorText) => onToolOutput({ tool: name, toolCallId: part.toolCallId, errorText })
          : undefined
      }
    />
  );
}
