import type { ToolUIProps } from '@agent-chat/ui';
import * as React from 'react';

/** What the browser answers to `askForDate`: the chosen day as `YYYY-MM-DD`. */
export interface DateAnswer {
  date: string;
}

/** The text the model sees when the user declines to pick a date. */
export const declinedText = 'The user preferred not to pick a date.';

function questionOf(input: unknown): string {
  const question =
    typeof input === 'object' && input !== null ? (input as { question?: unknown }).question : undefined;
  return typeof question === 'string' && question ? question : 'Pick a date';
}

function dateOf(output: unknown): string | undefined {
  if (typeof output === 'string') return output;
  const date =
    typeof output === 'object' && output !== null ? (output as { date?: unknown }).date : undefined;
  return typeof date === 'string' ? date : undefined;
}

const buttonClass =
  'inline-flex h-8 items-center rounded-md px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:opacity-50';

/**
 * The `askForDate` tool, which the browser runs: the model's question as a small form in the
 * thread. Submit answers with the date (`addOutput`), "I'd rather not" reports a refusal
 * (`addError`); once answered, the answer stays in the thread.
 * @example <Thread tools={{ askForDate: DateQuestion }} />
 */
export function DateQuestion({ part, addOutput, addError }: ToolUIProps) {
  const [date, setDate] = React.useState('');
  // The call stays `input-available` until the controller has the answer: no second answer.
  const [answered, setAnswered] = React.useState(false);
  const inputId = React.useId();
  const question = questionOf(part.input);

  switch (part.state) {
    case 'output-available':
      return (
        <p data-slot="date-question" className="text-sm">
          {question} <strong>{dateOf(part.output) ?? 'Answered'}</strong>
        </p>
      );
    case 'output-error':
      return (
        <p data-slot="date-question" className="text-sm text-muted-foreground">
          {question} No date given.
        </p>
      );
    case 'input-streaming':
      return (
        <p data-slot="date-question" aria-busy="true" className="text-sm text-muted-foreground">
          Preparing a question…
        </p>
      );
    case 'input-available':
      break;
    case 'approval-requested':
    case 'approval-responded':
    case 'output-denied':
      return null;
  }

  if (!addOutput || !addError) {
    // Shown from history, or on a platform that cannot hear the answer.
    return (
      <p data-slot="date-question" className="text-sm text-muted-foreground">
        {question} (waiting for an answer)
      </p>
    );
  }
  return (
    <form
      data-slot="date-question"
      aria-label="Date question"
      className="flex max-w-md flex-wrap items-end gap-2 rounded-lg border border-border bg-card p-3 text-card-foreground"
      onSubmit={(event) => {
        event.preventDefault();
        if (!date || answered) return;
        setAnswered(true);
        addOutput({ date } satisfies DateAnswer);
      }}
    >
      <div className="grid min-w-0 flex-1 gap-1">
        <label htmlFor={inputId} className="text-sm font-medium">
          {question}
        </label>
        <input
          id={inputId}
          type="date"
          required
          value={date}
          disabled={answered}
          onChange={(event) => setDate(event.target.value)}
          className="h-8 rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-2 focus-visible:outline-ring"
        />
      </div>
      <button
        type="submit"
        disabled={answered}
        className={`${buttonClass} bg-primary text-primary-foreground hover:bg-primary/90`}
      >
        Submit
      </button>
      <button
        type="button"
        disabled={answered}
        className={`${buttonClass} border border-border bg-background hover:bg-accent`}
        onClick={() => {
          setAnswered(true);
          addError(declinedText);
        }}
      >
        I'd rather not
      </button>
    </form>
  );
}
