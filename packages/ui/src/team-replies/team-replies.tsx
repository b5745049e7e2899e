import type { TeamReply } from '@agent-chat/client';
import { useAgentChat, useMessages, useTeamChat } from '@agent-chat/react';
import * as React from 'react';
import { Button, focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { modeLabel } from './mode-label.ts';
import { TeamModePicker } from './team-mode-picker.tsx';
import { TeamReplyCard } from './team-reply-card.tsx';

/** Props of `TeamReplies`. */
export interface TeamRepliesProps extends React.ComponentProps<'section'> {
  teamId: string | undefined;
  /** Mode picked at first; the first mode the team offers when absent. */
  defaultMode?: string;
  /** Accessible name of the section. */
  label?: string;
}

interface Exchange {
  id: string;
  message: string;
  mode: string;
  reply?: TeamReply;
  error?: unknown;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Team chat (platform 004): pick a mode, write to the team, and read one card per agent plus the
 * summary for every message sent.
 * @example <TeamReplies teamId="mock-team" className="h-[600px]" />
 */
export function TeamReplies({ teamId, defaultMode, label, className, ...props }: TeamRepliesProps) {
  const { capabilities } = useAgentChat();
  const t = useMessages();
  // Without team chat on the backend the hook idles (no team id) and the box says why.
  const team = useTeamChat(capabilities.teams ? teamId : undefined);
  const [mode, setMode] = React.useState(defaultMode);
  const activeMode = mode ?? team.modes[0] ?? 'auto';
  const [text, setText] = React.useState('');
  const [sendError, setSendError] = React.useState<string | undefined>();
  const pending = team.status === 'pending';
  // Bring each new exchange into view once, when it is added (not on every update after).
  const log = React.useRef<HTMLDivElement>(null);
  const count = team.replies.length;
  React.useEffect(() => {
    if (count > 0)
      log.current
        ?.querySelector('[data-slot="team-exchange"]:last-child')
        ?.scrollIntoView?.({ block: 'nearest' });
  }, [count]);

  const send = async (message: string, sendMode: string, restoreDraft: boolean) => {
    setSendError(undefined);
    try {
      await team.send({ message, mode: sendMode });
    } catch (reason) {
      setSendError(t.sendFailed(errorText(reason)));
      // Give the words back unless something new was typed meanwhile.
      if (restoreDraft) setText((current) => (current === '' ? message : current));
    }
  };
  const submit = () => {
    const message = text.trim();
    if (!message || pending || !teamId || !capabilities.teams) return;
    setText('');
    void send(message, activeMode, true);
  };

  return (
    <section
      aria-label={label ?? t.teamChat}
      data-slot="team-replies"
      className={cn('flex min-h-0 flex-col gap-3 bg-background text-foreground', className)}
      {...props}
    >
      <div
        ref={log}
        role="log"
        aria-label={t.teamReplies}
        data-slot="team-replies-log"
        className="min-h-0 flex-1 overflow-y-auto"
      >
        {!capabilities.teams ? (
          <p className="p-6 text-center text-sm text-muted-foreground">{t.teamUnsupported}</p>
        ) : team.replies.length === 0 ? (
          <p className="p-6 text-center text-sm text-muted-foreground">{t.teamIntro}</p>
        ) : (
          <ol className="grid gap-6">
            {team.replies.map((exchange: Exchange) => (
              <TeamExchange
                key={exchange.id}
                exchange={exchange}
                onRetry={pending ? undefined : () => void send(exchange.message, exchange.mode, false)}
              />
            ))}
          </ol>
        )}
      </div>
      <form
        data-slot="team-composer"
        className="grid gap-2 rounded-lg border border-border p-3"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TeamModePicker modes={team.modes} value={activeMode} onValueChange={setMode} disabled={pending} />
        <textarea
          aria-label={t.messageTheTeamLabel}
          placeholder={t.messageTheTeam}
          rows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
          className={cn(
            'min-h-16 w-full resize-y rounded-md border border-input bg-background px-3 py-2 text-sm placeholder:text-muted-foreground',
            focusRing,
          )}
        />
        {sendError ? (
          <p role="alert" className="text-sm text-destructive">
            {sendError}
          </p>
        ) : null}
        <div className="flex items-center justify-end gap-2">
          <Button
            type="submit"
            disabled={pending || text.trim() === '' || !teamId || !capabilities.teams}
            className="px-4"
          >
            {pending ? t.sending : t.send}
          </Button>
        </div>
      </form>
    </section>
  );
}

interface TeamExchangeProps {
  exchange: Exchange;
  onRetry?: () => void;
}

/** One message to the team and what came back: cards, a pending state, or an error. */
function TeamExchange({ exchange, onRetry }: TeamExchangeProps) {
  const { reply, error } = exchange;
  const waiting = !reply && error === undefined;
  const t = useMessages();
  return (
    <li
      data-slot="team-exchange"
      data-state={reply ? 'done' : error !== undefined ? 'error' : 'pending'}
      aria-busy={waiting}
    >
      <div className="ms-auto mb-3 w-fit max-w-[80%] rounded-bubble bg-bubble-user px-4 py-2 text-sm text-bubble-user-foreground">
        <span className="sr-only">{t.teamYouInMode(modeLabel(exchange.mode))}</span>
        <span className="whitespace-pre-wrap">{exchange.message}</span>
      </div>
      {reply ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {reply.responses.map((response) => (
            <TeamReplyCard key={response.agentId} title={response.agentName} content={response.content} />
          ))}
          {reply.summary ? (
            <TeamReplyCard
              title={t.teamSummary}
              content={reply.summary}
              variant="summary"
              className="sm:col-span-2"
            />
          ) : null}
        </div>
      ) : error !== undefined ? (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-md border border-destructive px-3 py-2 text-sm text-destructive"
        >
          <span>{t.teamCouldNotAnswer(errorText(error))}</span>
          {onRetry ? (
            <Button variant="outline" onClick={onRetry} className="h-auto px-2 py-1 text-foreground">
              {t.tryAgain}
            </Button>
          ) : null}
        </div>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <p role="status" className="text-sm text-muted-foreground sm:col-span-2">
            {t.teamReplying}
          </p>
          {[0, 1].map((slot) => (
            <div
              key={slot}
              aria-hidden="true"
              className="h-24 animate-pulse rounded-lg border border-border bg-muted"
            />
          ))}
        </div>
      )}
    </li>
  );
}
