import type { Meta, StoryObj } from '@storybook/react-vite';
import type { UIMessage } from 'ai';
import * as React from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MockPlatformProvider } from '../test-support/mock-platform.tsx';
import { Thread } from '../thread/thread.tsx';
import { preloadMessageParts } from './lazy-parts.tsx';
import { Message } from './message.tsx';
import { MessageActionsProvider } from './message-context.tsx';
import { MessagePartsProvider, type ToolRegistry, type ToolUIProps } from './part-registry.tsx';
import type { ToolPartValue } from './tool-name.ts';
import type { ToolApprovalResponse, ToolOutputResponse } from './types.ts';

/** What the mock platform's `getWeather` tool answers. */
interface WeatherReport {
  city: string;
  temperatureC: number;
  condition: string;
}

const buttonClass =
  'inline-flex h-8 items-center rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring';

/**
 * An app's own UI for the `getWeather` tool: one branch per state of the call. `respond` is
 * there only when the platform can hear an answer to an approval request.
 */
function WeatherCard({ part, respond }: ToolUIProps) {
  const city = (part.input as { city?: string } | undefined)?.city;
  const [reason, setReason] = React.useState('');
  const reasonId = React.useId();
  const frame = 'rounded-lg border border-border bg-card p-3 text-sm text-card-foreground';
  switch (part.state) {
    case 'input-streaming':
      return (
        <div data-testid="weather-card" aria-busy="true" className={frame}>
          Looking up the weather{city ? ` for ${city}…` : '…'}
        </div>
      );
    case 'input-available':
      return (
        <div data-testid="weather-card" aria-busy="true" className={frame}>
          Checking the sky over {city}…
        </div>
      );
    case 'approval-requested':
      return (
        <div data-testid="weather-card" className={frame}>
          <p>Use your location to check the weather in {city}?</p>
          {respond ? (
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <label htmlFor={reasonId} className="sr-only">
                Why? (optional)
              </label>
              <input
                id={reasonId}
                value={reason}
                placeholder="Why? (optional)"
                onChange={(event) => setReason(event.target.value)}
                className="h-8 min-w-0 flex-1 rounded-md border border-input bg-background px-2"
              />
              <button
                type="button"
                className={`${buttonClass} border border-border`}
                onClick={() => respond(false, reason.trim() || undefined)}
              >
                Not now
              </button>
              <button
                type="button"
                className={`${buttonClass} bg-primary text-primary-foreground`}
                onClick={() => respond(true, reason.trim() || undefined)}
              >
                Allow
              </button>
            </div>
          ) : (
            <p className="mt-2 text-muted-foreground">Answer this request in the app that started it.</p>
          )}
        </div>
      );
    case 'approval-responded':
      return (
        <div data-testid="weather-card" className={frame}>
          {part.approval.approved ? 'Location allowed, checking…' : 'Location declined.'}
        </div>
      );
    case 'output-available': {
      const report = part.output as WeatherReport;
      return (
        <figure data-testid="weather-card" className={frame}>
          <figcaption className="font-medium">{report.city}</figcaption>
          <p className="text-2xl font-semibold tabular-nums">{report.temperatureC} °C</p>
          <p className="text-muted-foreground">{report.condition}</p>
        </figure>
      );
    }
    case 'output-error':
      return (
        <div data-testid="weather-card" role="alert" className={frame}>
          No weather for {city ?? 'that place'}: {part.errorText}
        </div>
      );
    case 'output-denied':
      return (
        <div data-testid="weather-card" className={frame}>
          You kept your location to yourself{part.approval.reason ? ` (${part.approval.reason})` : ''}.
        </div>
      );
  }
}

/**
 * A tool the browser runs (`askForDate` has no `execute` on the server): a small form that
 * answers with `addOutput`, or with `addError` when the user declines.
 */
function DatePicker({ part, addOutput, addError }: ToolUIProps) {
  const question = (part.input as { question?: string } | undefined)?.question ?? 'Pick a date';
  const [date, setDate] = React.useState('');
  const dateId = React.useId();
  if (part.state === 'output-available') {
    return <p className="text-sm text-muted-foreground">You picked {String(part.output)}.</p>;
  }
  if (part.state === 'output-error') {
    return <p className="text-sm text-muted-foreground">No date given: {part.errorText}</p>;
  }
  if (!addOutput || !addError) return <p className="text-sm text-muted-foreground">{question}</p>;
  return (
    <form
      aria-label="Pick a date"
      className="flex flex-wrap items-end gap-2 rounded-lg border border-border bg-card p-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        if (date) addOutput(date);
      }}
    >
      <label htmlFor={dateId} className="flex flex-col gap-1">
        {question}
        <input
          id={dateId}
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          className="h-8 rounded-md border border-input bg-background px-2"
        />
      </label>
      <button type="submit" className={`${buttonClass} bg-primary text-primary-foreground`}>
        Confirm
      </button>
      <button
        type="button"
        className={`${buttonClass} border border-border`}
        onClick={() => addError('The user preferred not to pick a date.')}
      >
        Decline
      </button>
    </form>
  );
}

const tools: ToolRegistry = { getWeather: WeatherCard, askForDate: DatePicker };

const input = { city: 'Lisbon' };
const approval = { id: 'approval-weather' };

/** One `getWeather` call per state, as the AI SDK assembles it. */
const weatherParts: Record<ToolPartValue['state'], ToolPartValue> = {
  'input-streaming': {
    type: 'tool-getWeather',
    toolCallId: 'w1',
    state: 'input-streaming',
    input: { city: 'Lis' },
  },
  'input-available': { type: 'tool-getWeather', toolCallId: 'w2', state: 'input-available', input },
  'approval-requested': {
    type: 'tool-getWeather',
    toolCallId: 'w3',
    state: 'approval-requested',
    input,
    approval,
  },
  'approval-responded': {
    type: 'tool-getWeather',
    toolCallId: 'w4',
    state: 'approval-responded',
    input,
    approval: { ...approval, approved: true },
  },
  'output-available': {
    type: 'tool-getWeather',
    toolCallId: 'w5',
    state: 'output-available',
    input,
    output: { city: 'Lisbon', temperatureC: 24, condition: 'sunny' } satisfies WeatherReport,
  },
  'output-error': {
    type: 'tool-getWeather',
    toolCallId: 'w6',
    state: 'output-error',
    input,
    errorText: 'The weather service timed out.',
  },
  'output-denied': {
    type: 'tool-getWeather',
    toolCallId: 'w7',
    state: 'output-denied',
    input,
    approval: { ...approval, approved: false, reason: 'Not while travelling' },
  },
};

const replyWith = (part: ToolPartValue, id = `reply-${part.toolCallId}`): UIMessage => ({
  id,
  role: 'assistant',
  parts: [{ type: 'step-start' }, part],
});

const dateRequest = replyWith(
  {
    type: 'tool-askForDate',
    toolCallId: 'd1',
    state: 'input-available',
    input: { question: 'Which date suits you?' },
  },
  'reply-date',
);

/** Props of the story's harness. */
interface ToolCallExampleProps {
  message: UIMessage;
  /** Register the app's tool UIs (WeatherCard, DatePicker); the generic card otherwise. */
  custom: boolean;
  /** The platform hears approvals and tool outputs (false: read-only). */
  toolResponses?: boolean;
  onToolApproval?: (response: ToolApprovalResponse) => void;
  onToolOutput?: (response: ToolOutputResponse) => void;
}

/** A message in a thread's context, with or without the app's tool UIs registered. */
function ToolCallExample({
  message,
  custom,
  toolResponses,
  onToolApproval,
  onToolOutput,
}: ToolCallExampleProps) {
  const actions = React.useMemo(
    () => ({ toolResponses, onToolApproval, onToolOutput }),
    [toolResponses, onToolApproval, onToolOutput],
  );
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <MessageActionsProvider value={actions}>
        <MessagePartsProvider tools={custom ? tools : undefined}>
          <Message message={message} hideActions />
        </MessagePartsProvider>
      </MessageActionsProvider>
    </div>
  );
}

const meta = {
  title: 'Message/Tool UIs',
  component: ToolCallExample,
  args: {
    message: replyWith(weatherParts['output-available']),
    custom: true,
    onToolApproval: fn(),
    onToolOutput: fn(),
  },
  // The generic tool card loads on first use; here it is loaded ahead (`preloadMessageParts`).
  loaders: [preloadMessageParts],
} satisfies Meta<typeof ToolCallExample>;

export default meta;
type Story = StoryObj<typeof meta>;

const card = (canvasElement: HTMLElement) => within(canvasElement).getByTestId('weather-card');
const toolCard = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLElement>('[data-slot="tool"]');

/** The model is still writing the input: the card shows what has arrived and is busy. */
export const CustomInputStreaming: Story = {
  args: { message: replyWith(weatherParts['input-streaming']) },
  play: async ({ canvasElement }) => {
    await expect(card(canvasElement)).toHaveTextContent('Looking up the weather for Lis…');
    await expect(card(canvasElement)).toHaveAttribute('aria-busy', 'true');
    await expect(toolCard(canvasElement)).toBeNull();
  },
};

/** The input is complete and the server runs the tool. */
export const CustomInputAvailable: Story = {
  args: { message: replyWith(weatherParts['input-available']) },
  play: async ({ canvasElement }) => {
    await expect(card(canvasElement)).toHaveTextContent('Checking the sky over Lisbon…');
  },
};

/** The tool asks first: the card's own buttons answer through `respond`, with the optional reason. */
export const CustomApprovalRequested: Story = {
  args: { message: replyWith(weatherParts['approval-requested']) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Why? (optional)' }), 'Packing for the trip');
    await userEvent.click(canvas.getByRole('button', { name: 'Allow' }));
    await expect(args.onToolApproval).toHaveBeenCalledWith({
      id: 'approval-weather',
      approved: true,
      reason: 'Packing for the trip',
    });
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Why? (optional)' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Not now' }));
    await expect(args.onToolApproval).toHaveBeenLastCalledWith({ id: 'approval-weather', approved: false });
  },
};

/** Answered, waiting for the server to run (or skip) the tool. */
export const CustomApprovalResponded: Story = {
  args: { message: replyWith(weatherParts['approval-responded']) },
  play: async ({ canvasElement }) => {
    await expect(card(canvasElement)).toHaveTextContent('Location allowed, checking…');
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};

/** The result drawn as a weather card instead of JSON. */
export const CustomOutputAvailable: Story = {
  play: async ({ canvasElement }) => {
    const figure = within(canvasElement).getByRole('figure');
    await expect(figure).toHaveTextContent('Lisbon');
    await expect(figure).toHaveTextContent('24 °C');
    await expect(figure).toHaveTextContent('sunny');
  },
};

/** The tool failed: the card says so as an alert. */
export const CustomOutputError: Story = {
  args: { message: replyWith(weatherParts['output-error']) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      'No weather for Lisbon: The weather service timed out.',
    );
  },
};

/** The user said no: the card shows the reason they gave. */
export const CustomDenied: Story = {
  args: { message: replyWith(weatherParts['output-denied']) },
  play: async ({ canvasElement }) => {
    await expect(card(canvasElement)).toHaveTextContent(
      'You kept your location to yourself (Not while travelling).',
    );
  },
};

/** A platform that cannot hear the answer gives the card no `respond`: it shows no buttons. */
export const CustomApprovalReadOnly: Story = {
  args: { message: replyWith(weatherParts['approval-requested']), toolResponses: false },
  play: async ({ canvasElement }) => {
    await expect(card(canvasElement)).toHaveTextContent('Answer this request in the app that started it.');
    await expect(within(canvasElement).queryByRole('button')).toBeNull();
  },
};

/** Without a registered UI the generic card shows the call: the input arriving, open. */
export const GenericInputStreaming: Story = {
  args: { custom: false, message: replyWith(weatherParts['input-streaming']) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /getWeather.*Preparing/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(canvas.getByText('Input (arriving)')).toBeVisible();
  },
};

/** The generic card while the tool runs: collapsed, "Running". */
export const GenericInputAvailable: Story = {
  args: { custom: false, message: replyWith(weatherParts['input-available']) },
  play: async ({ canvasElement }) => {
    await expect(toolCard(canvasElement)).toHaveAttribute('data-tool-state', 'input-available');
    await expect(within(canvasElement).getByRole('button', { name: /getWeather.*Running/ })).toBeVisible();
  },
};

/** The generic card asks: Approve / Deny with an optional reason. */
export const GenericApprovalRequested: Story = {
  args: { custom: false, message: replyWith(weatherParts['approval-requested']) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Allow getWeather to run with this input?')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Reason (optional)' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Approve' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Deny' })).toBeVisible();
  },
};

/** The generic card after the answer: "Answered", and what was answered. */
export const GenericApprovalResponded: Story = {
  args: { custom: false, message: replyWith(weatherParts['approval-responded']) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: /getWeather.*Answered/ });
    await userEvent.click(trigger);
    await expect(await canvas.findByText('Approved')).toBeVisible();
  },
};

/** The generic card with the result as JSON, opened with the keyboard. */
export const GenericOutputAvailable: Story = {
  args: { custom: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: /getWeather.*Completed/ });
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(await canvas.findByText('Output')).toBeVisible();
  },
};

/** The generic card opens on an error. */
export const GenericOutputError: Story = {
  args: { custom: false, message: replyWith(weatherParts['output-error']) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('The weather service timed out.')).toBeVisible();
  },
};

/** The generic card for a denied call, with the reason. */
export const GenericDenied: Story = {
  args: { custom: false, message: replyWith(weatherParts['output-denied']) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /getWeather.*Denied/ }));
    await expect(await canvas.findByText('Denied: Not while travelling')).toBeVisible();
  },
};

/** `toolResponses: false`: the request is shown read-only, with a note and no buttons that would do nothing. */
export const GenericApprovalReadOnly: Story = {
  args: { custom: false, message: replyWith(weatherParts['approval-requested']), toolResponses: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText(
        'getWeather asked for approval, but this platform cannot receive an answer from here.',
      ),
    ).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Approve' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Deny' })).toBeNull();
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

/** Approve with a reason: the callback gets the approval id, `approved: true` and the trimmed reason. */
export const ApproveWithReason: Story = {
  args: { custom: false, message: replyWith(weatherParts['approval-requested']) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Reason (optional)' }), '  Fine for today  ');
    await userEvent.click(canvas.getByRole('button', { name: 'Approve' }));
    await expect(args.onToolApproval).toHaveBeenCalledTimes(1);
    await expect(args.onToolApproval).toHaveBeenCalledWith({
      id: 'approval-weather',
      approved: true,
      reason: 'Fine for today',
    });
  },
};

/** Deny with a reason, from the keyboard. */
export const DenyWithReason: Story = {
  args: { custom: false, message: replyWith(weatherParts['approval-requested']) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Reason (optional)' }), 'Not my city');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Deny' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onToolApproval).toHaveBeenCalledTimes(1);
    await expect(args.onToolApproval).toHaveBeenCalledWith({
      id: 'approval-weather',
      approved: false,
      reason: 'Not my city',
    });
  },
};

/** A tool the browser runs: the form answers with `addOutput` (→ `onToolOutput`), or `addError`. */
export const BrowserRunTool: Story = {
  args: { message: dateRequest },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole('form', { name: 'Pick a date' });
    await userEvent.type(within(form).getByLabelText('Which date suits you?'), '2030-05-17');
    await userEvent.click(within(form).getByRole('button', { name: 'Confirm' }));
    await expect(args.onToolOutput).toHaveBeenCalledTimes(1);
    await expect(args.onToolOutput).toHaveBeenCalledWith({
      tool: 'askForDate',
      toolCallId: 'd1',
      output: '2030-05-17',
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Decline' }));
    await expect(args.onToolOutput).toHaveBeenLastCalledWith({
      tool: 'askForDate',
      toolCallId: 'd1',
      errorText: 'The user preferred not to pick a date.',
    });
  },
};

/** Where the platform cannot hear a tool output, the form gets no `addOutput` and shows only the question. */
export const BrowserRunToolReadOnly: Story = {
  args: { message: dateRequest, toolResponses: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Which date suits you?')).toBeVisible();
    await expect(canvas.queryByRole('form')).toBeNull();
  },
};

/**
 * The whole loop on the in-browser AI SDK mock (`/pick-date`): the model calls `askForDate`, the
 * form answers, the controller sends the output back and the model's next step uses it.
 */
export const BrowserRunToolLive: Story = {
  render: () => (
    <MockPlatformProvider platform="ai-sdk" server={{ tokenDelayMs: 0 }}>
      <div className="h-[560px] overflow-hidden rounded-bubble border border-border">
        <Thread tools={tools} />
      </div>
    </MockPlatformProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = await canvas.findByRole('textbox', { name: 'Message' }, { timeout: 30_000 });
    await userEvent.type(input, '/pick-date{Enter}');
    const form = await canvas.findByRole('form', { name: 'Pick a date' }, { timeout: 30_000 });
    await userEvent.type(within(form).getByLabelText('Which date suits you?'), '2030-05-17');
    await userEvent.click(within(form).getByRole('button', { name: 'Confirm' }));
    await waitFor(
      () => expect(canvas.getByRole('log')).toHaveTextContent('Thanks, I booked it for 2030-05-17.'),
      { timeout: 30_000 },
    );
    await expect(canvas.getByText('You picked 2030-05-17.')).toBeVisible();
  },
};
