import type { ConversationSettings } from '@agent-chat/client';
import { useMessages } from '@agent-chat/react';
import { Popover } from 'radix-ui';
import * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { SlidersIcon } from '../lib/icons.tsx';
import { usePortalContainer } from '../lib/portal-container.tsx';
import { ComposerSettingsForm } from './composer-settings-form.tsx';

/** Props of `ComposerSettings`. */
export interface ComposerSettingsProps {
  settings: ConversationSettings | undefined;
  /** Save the edited settings (e.g. `useConversation().updateSettings`). */
  onSettingsChange(settings: ConversationSettings): unknown;
  /** Models to choose from; the current selection is kept even when not listed. */
  models?: string[];
  className?: string;
}

/**
 * The settings popover: model, tools, temperature and extra instructions, edited as a draft and
 * saved together. Show it only where the backend supports settings (`capabilities.settings`).
 * @example {capabilities.settings ? <ComposerSettings settings={settings} onSettingsChange={updateSettings} /> : null}
 */
export function ComposerSettings({ settings, onSettingsChange, models, className }: ComposerSettingsProps) {
  const t = useMessages();
  const [open, setOpen] = React.useState(false);
  const container = usePortalContainer();

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger asChild>
        <Button
          variant="ghost"
          size="icon"
          data-slot="composer-settings-trigger"
          aria-label={t.conversationSettings}
          className={cn('rounded-full', className)}
        >
          <SlidersIcon />
        </Button>
      </Popover.Trigger>
      <Popover.Portal container={container}>
        <Popover.Content
          data-slot="composer-settings"
          side="top"
          align="start"
          sideOffset={8}
          aria-label={t.conversationSettings}
          className="z-50 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-3 rounded-bubble border border-border bg-popover p-4 text-popover-foreground shadow-lg"
        >
          <ComposerSettingsForm
            settings={settings}
            models={models}
            onSave={(saved) => {
              onSettingsChange(saved);
              setOpen(false);
            }}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
