import { useDictation, useMessages } from '@agent-chat/react';
import * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { MicrophoneIcon } from '../lib/icons.tsx';
import { useComposerContext } from './composer-context.tsx';

/** `ComposerDictateButton` once dictation is on (loaded then). */
export function ComposerDictateControl({ className, onClick, ...props }: React.ComponentProps<'button'>) {
  const { text, setText, disabled } = useComposerContext('ComposerDictateButton');
  const t = useMessages();
  const { supported, status, error, start, stop, cancel } = useDictation();
  const listening = status !== 'idle';
  /**
   * Every text this dictation put in the composer (the draft it started from first); any other
   * text there means the user took over. A set, not the last value: an effect of an earlier
   * render may run after newer words were written.
   */
  const written = React.useRef<Set<string> | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState('');

  React.useEffect(() => {
    if (!listening || written.current === undefined || written.current.has(text)) return;
    written.current = undefined;
    cancel();
  }, [text, listening, cancel]);

  // A composer disabled mid-dictation disables this button too: stop now, or it could not be stopped.
  React.useEffect(() => {
    if (disabled && listening) stop();
  }, [disabled, listening, stop]);

  const wasListening = React.useRef(false);
  React.useEffect(() => {
    if (status === 'listening') setAnnouncement(t.dictationListening);
    else if (status === 'idle' && wasListening.current) {
      setAnnouncement(error === undefined ? t.dictationStopped : t.dictationFailed);
    }
    wasListening.current = status !== 'idle';
  }, [status, error, t]);

  if (!supported) return null;

  const begin = () => {
    const base = text;
    const prefix = base && !/\s$/.test(base) ? `${base} ` : base;
    const session = new Set([base]);
    written.current = session;
    start(({ final, interim }) => {
      const spoken = [final, interim].filter(Boolean).join(' ');
      const next = spoken ? prefix + spoken : base;
      // Once words are in, the draft it started from is no longer ours: back to it (a send from
      // an empty composer, a clear) means the user took over.
      if (spoken) session.delete(base);
      session.add(next);
      setText(next);
    });
  };

  const label = listening ? t.stopDictating : t.dictate;
  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        data-slot="composer-dictate"
        data-state={listening ? 'listening' : 'idle'}
        aria-label={label}
        title={label}
        disabled={disabled}
        className={cn(
          'rounded-full data-[state=listening]:bg-destructive data-[state=listening]:text-destructive-foreground data-[state=listening]:hover:bg-destructive/90',
          className,
        )}
        onClick={(event) => {
          onClick?.(event);
          if (event.defaultPrevented) return;
          if (listening) {
            written.current = undefined;
            stop();
          } else begin();
        }}
        {...props}
      >
        <MicrophoneIcon />
      </Button>
      <span role="status" data-slot="composer-dictate-status" className="sr-only">
        {announcement}
      </span>
    </>
  );
}
