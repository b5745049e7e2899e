import { type AgentChatMessages, en, useMessages } from '@agent-chat/react';
import { cva } from 'class-variance-authority';
import { Collapsible } from 'radix-ui';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import { ChevronRightIcon, WrenchIcon } from '../lib/icons.tsx';
import { JsonView } from './json-view.tsx';
import { type ToolPartValue, toolName } from './tool-name.ts';
import type { ToolApprovalResponse } from './types.ts';
import { useAutoOpen } from './use-auto-open.ts';

export { type ToolPartValue, toolName };

/** The lifecycle state of a tool call. */
export type ToolState = ToolPartValue['state'];

/** Props of `ToolPart`. */
export interface ToolPartProps extends Omit<React.ComponentProps<'div'>, 'dir' | 'part'> {
  part: ToolPartValue;
  /** Answers an approval request; without it the Approve / Deny buttons are not shown. */
  onToolApproval?: ((response: ToolApprovalResponse) => void) | undefined;
  /**
   * The platform cannot hear an answer: an approval request is shown read-only, with a note,
   * never with buttons that would do nothing.
   */
  readOnly?: boolean | undefined;
}

/** A short human label for a tool state, from `messages` (English by default). */
export function toolStateLabel(state: ToolState, messages: AgentChatMessages = en): string {
  switch (state) {
    case 'input-streaming':
      return messages.toolPreparing;
    case 'input-available':
      return messages.toolRunning;
    case 'approval-requested':
      return messages.toolAwaitingApproval;
    case 'approval-responded':
      return messages.toolAnswered;
    case 'output-available':
      return messages.toolCompleted;
    case 'output-error':
      return messages.toolError;
    case 'output-denied':
      return messages.toolDenied;
  }
}

/** Badge colours by tool state. */
export const toolBadgeVariants = cva('rounded-full px-2 py-0.5 text-xs font-medium', {
  variants: {
    tone: {
      pending: 'bg-muted text-muted-foreground',
      attention: 'bg-primary text-primary-foreground',
      success: 'bg-secondary text-secondary-foreground',
      danger: 'bg-destructive text-destructive-foreground',
    },
  },
  defaultVariants: { tone: 'pending' },
});

function toneOf(state: ToolState): 'pending' | 'attention' | 'success' | 'danger' {
  switch (state) {
    case 'input-streaming':
    case 'input-available':
    case 'approval-responded':
      return 'pending';
    case 'approval-requested':
      return 'attention';
    case 'output-available':
      return 'success';
    case 'output-error':
    case 'output-denied':
      return 'danger';
  }
}

const buttonClass =
  'inline-flex h-8 items-center rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:opacity-50';

/**
 * A tool call as a collapsible card: name and state in the header; input (streaming in while
 * the model writes it), output or error in the body; Approve / Deny when the tool asks.
 * @example <ToolPart part={part} onToolApproval={addToolApprovalResponse} />
 */
export function ToolPart({ part, onToolApproval, readOnly = false, className, ...props }: ToolPartProps) {
  const name = toolName(part);
  const t = useMessages();
  const [reason, setReason] = React.useState('');
  const reasonId = React.useId();
  const answer = (approved: boolean) =>
    onToolApproval?.({
      id: part.state === 'approval-requested' ? part.approval.id : '',
      approved,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
  const needsAttention = part.state === 'approval-requested' || part.state === 'output-error';
  const [open, setOpen] = useAutoOpen(needsAttention || part.state === 'input-streaming');
  const label = part.title ?? name;
  return (
    <Collapsible.Root
      open={open}
      onOpenChange={setOpen}
      data-slot="tool"
      data-tool-state={part.state}
      className={cn('rounded-lg border border-border bg-card text-card-foreground', className)}
      {...props}
    >
      <Collapsible.Trigger
        data-slot="tool-trigger"
        className="group flex w-full items-center gap-2 rounded-lg px-3 py-2 text-start text-sm focus-visible:outline-2 focus-visible:outline-ring"
      >
        <WrenchIcon className="shrink-0 text-muted-foreground" />
        <span data-slot="tool-name" className="min-w-0 flex-1 truncate font-mono font-medium">
          {label}
        </span>
        <span data-slot="tool-state" className={toolBadgeVariants({ tone: toneOf(part.state) })}>
          {toolStateLabel(part.state, t)}
        </span>
        <ChevronRightIcon className="shrink-0 transition-transform group-data-[state=open]:rotate-90 rtl:group-data-[state=closed]:-scale-x-100" />
      </Collapsible.Trigger>
      <Collapsible.Content
        data-slot="tool-content"
        className="space-y-3 border-t border-border px-3 py-3 text-sm"
      >
        <ToolSection title={part.state === 'input-streaming' ? t.toolInputArriving : t.toolInput}>
          <JsonView value={part.input ?? {}} />
        </ToolSection>
        <ToolResult part={part} />
      </Collapsible.Content>
      {part.state === 'approval-requested' && onToolApproval && !readOnly ? (
        <div
          data-slot="tool-approval"
          className="flex flex-wrap items-center gap-2 border-t border-border px-3 py-2 text-sm"
        >
          <span data-slot="tool-approval-question" className="basis-full text-muted-foreground">
            {part.approval.requestReason ?? t.toolApprovalQuestion(name)}
          </span>
          <label htmlFor={reasonId} className="sr-only">
            {t.toolReason}
          </label>
          <input
            id={reasonId}
            data-slot="tool-approval-reason"
            value={reason}
            placeholder={t.toolReason}
            onChange={(event) => setReason(event.target.value)}
            className="h-8 min-w-0 flex-1 rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-2 focus-visible:outline-ring"
          />
          <button
            type="button"
            data-slot="tool-deny"
            className={cn(buttonClass, 'border border-border bg-background hover:bg-accent')}
            onClick={() => answer(false)}
          >
            {t.deny}
          </button>
          <button
            type="button"
            data-slot="tool-approve"
            className={cn(buttonClass, 'bg-primary text-primary-foreground hover:bg-primary/90')}
            onClick={() => answer(true)}
          >
            {t.approve}
          </button>
        </div>
      ) : null}
      {part.state === 'approval-requested' && readOnly ? (
        <p
          data-slot="tool-approval-readonly"
          className="border-t border-border px-3 py-2 text-sm text-muted-foreground"
        >
          {t.toolApprovalReadOnly(name)}
        </p>
      ) : null}
    </Collapsible.Root>
  );
}

function ToolSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div data-slot="tool-section" data-section={title}>
      <p
        data-slot="tool-section-title"
        className="mb-1 text-xs font-medium uppercase tracking-wide text-muted-foreground"
      >
        {title}
      </p>
      {children}
    </div>
  );
}

function ToolResult({ part }: { part: ToolPartValue }) {
  const t = useMessages();
  switch (part.state) {
    case 'input-streaming':
    case 'input-available':
    case 'approval-requested':
      return null;
    case 'approval-responded':
      return (
        <p data-slot="tool-approval-result" className="text-muted-foreground">
          {part.approval.approved ? t.approved : t.toolDenied}
          {part.approval.reason ? `: ${part.approval.reason}` : ''}
        </p>
      );
    case 'output-available':
      return (
        <ToolSection title={part.preliminary ? t.toolOutputPreliminary : t.toolOutput}>
          <JsonView value={part.output} />
        </ToolSection>
      );
    case 'output-error':
      return (
        <ToolSection title={t.toolError}>
          <p data-slot="tool-error" className="whitespace-pre-wrap break-words text-destructive">
            {part.errorText}
          </p>
        </ToolSection>
      );
    case 'output-denied':
      return (
        <p data-slot="tool-denied" className="text-muted-foreground">
          {t.toolDenied}
          {part.approval.reason ? `: ${part.approval.reason}` : ''}
        </p>
      );
  }
}
