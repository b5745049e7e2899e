import type { ConversationSettings } from '@agent-chat/client';
import { useMessages } from '@agent-chat/react';
import * as React from 'react';
import { Button } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';
import { SlidersIcon } from '../lib/icons.tsx';

/** Props of `ComposerSettings`. */
export interface ComposerSettingsProps {
  settings: ConversationSettings | undefined;
  /** Save the edited settings (e.g. `useConversation().updateSettings`). */
  onSettingsChange(settings: ConversationSettings): unknown;
  /** Models to choose from; the current selection is kept even when not listed. */
  models?: string[];
  className?: string;
}

// The popover (radix-ui's positioning, focus trap and scroll lock) is most of this part's code and
// is needed only once someone opens it: loaded then, or when the pointer or focus reaches the button.
const loadPopover = () => import('./composer-settings-popover.tsx');
const ComposerSettingsPopover = React.lazy(loadPopover);

/**
 * The settings popover: model, tools, temperature and extra instructions, edited as a draft and
 * saved together. Show it only where the backend supports settings (`capabilities.settings`).
 * @example {capabilities.settings ? <ComposerSettings settings={settings} onSettingsChange={updateSettings} /> : null}
 */
export function ComposerSettings({ settings, onSettingsChange, models, className }: ComposerSettingsProps) {
  const t = useMessages();
  const [open, setOpen] = React.useState(false);
  // Mounted from the first opening on, so closing can animate and reopening is instant.
  const [used, setUsed] = React.useState(false);
  const trigger = React.useRef<HTMLButtonElement>(null);
  const contentId = React.useId();
  return (
    <>
      <Button
        ref={trigger}
        type="button"
        variant="ghost"
        size="icon"
        data-slot="composer-settings-trigger"
        data-state={open ? 'open' : 'closed'}
        aria-label={t.conversationSettings}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? contentId : undefined}
        className={cn('rounded-full', className)}
        onPointerEnter={() => void loadPopover()}
        onFocus={() => void loadPopover()}
        onClick={() => {
          setUsed(true);
          setOpen(!open);
        }}
      >
        <SlidersIcon />
      </Button>
      {used ? (
        <React.Suspense fallback={null}>
          <ComposerSettingsPopover
            trigger={trigger}
            contentId={contentId}
            open={open}
            onOpenChange={setOpen}
            settings={settings}
            models={models}
            onSave={(saved) => {
              onSettingsChange(saved);
              setOpen(false);
            }}
          />
        </React.Suspense>
      ) : null}
    </>
  );
}
