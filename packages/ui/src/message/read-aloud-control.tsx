import { speakableText, useMessages, useReadAloud } from '@agent-chat/react';
import * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { SpeakerIcon, StopIcon } from '../lib/icons.tsx';
import { useOptionalMessage } from './message-context.tsx';
import type { ReadAloudButtonProps } from './read-aloud-button.tsx';

/** `ReadAloudButton` once speech synthesis is on (loaded then). */
export function ReadAloudControl({ text, messageId, className, onClick, ...props }: ReadAloudButtonProps) {
  const enclosing = useOptionalMessage();
  const t = useMessages();
  const id = messageId ?? enclosing?.message.id;
  const speakable = React.useMemo(() => speakableText(text), [text]);
  const { supported, reading, toggle } = useReadAloud(id ?? '', speakable);
  if (!supported || id === undefined) return null;
  if (messageId === undefined && enclosing?.message.role !== 'assistant') return null;
  const label = reading ? t.stopReading : t.readAloud;
  return (
    <Button
      variant="ghost"
      size="icon"
      data-slot="read-aloud"
      data-state={reading ? 'reading' : 'idle'}
      aria-label={label}
      title={label}
      className={cn('size-7 transition-colors data-[state=reading]:text-foreground', className)}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) toggle();
      }}
      {...props}
    >
      {reading ? <StopIcon /> : <SpeakerIcon />}
    </Button>
  );
}
