import type { ConversationSettings } from '@agent-chat/client';
import { useMessages } from '@agent-chat/react';
import { Popover } from 'radix-ui';
import type * as React from 'react';
import { usePortalContainer } from '../lib/portal-container.tsx';
import { ComposerSettingsForm } from './composer-settings-form.tsx';

/** Props of `ComposerSettingsPopover`. */
export interface ComposerSettingsPopoverProps {
  /** The button that opens it: the popover is placed against it and gives focus back to it. */
  trigger: React.RefObject<HTMLButtonElement | null>;
  contentId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  settings: ConversationSettings | undefined;
  models?: string[] | undefined;
  onSave(settings: ConversationSettings): void;
}

/**
 * The settings popover itself (radix-ui's Popover: positioning, focus trap, outside dismissal),
 * in a module of its own that `ComposerSettings` loads on first use.
 */
export default function ComposerSettingsPopover({
  trigger,
  contentId,
  open,
  onOpenChange,
  settings,
  models,
  onSave,
}: ComposerSettingsPopoverProps) {
  const t = useMessages();
  const container = usePortalContainer();
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Anchor virtualRef={trigger as React.RefObject<HTMLButtonElement>} />
      <Popover.Portal container={container}>
        <Popover.Content
          id={contentId}
          data-slot="composer-settings"
          side="top"
          align="start"
          sideOffset={8}
          aria-label={t.conversationSettings}
          className="z-50 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-3 rounded-bubble border border-border bg-popover p-4 text-popover-foreground shadow-lg"
          // The trigger toggles by itself: a press on it is not a press outside.
          onInteractOutside={(event) => {
            if (trigger.current?.contains(event.target as Node)) event.preventDefault();
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            trigger.current?.focus();
          }}
        >
          <ComposerSettingsForm settings={settings} models={models} onSave={onSave} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
