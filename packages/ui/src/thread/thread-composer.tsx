import type { ConversationSettings } from '@agent-chat/client';
import { useMessages } from '@agent-chat/react';
import * as React from 'react';
import { Composer, type ComposerApi } from '../composer/composer.tsx';
import { ComposerAttachButton } from '../composer/composer-attach-button.tsx';
import { ComposerAttachmentList } from '../composer/composer-attachment-list.tsx';
import { ComposerDictateButton } from '../composer/composer-dictate-button.tsx';
import { ComposerHint } from '../composer/composer-hint.tsx';
import { ComposerInput } from '../composer/composer-input.tsx';
import { ComposerSettings } from '../composer/composer-settings.tsx';
import { ComposerSubmit } from '../composer/composer-submit.tsx';
import type { ComposerAttachments, ComposerSendInput } from '../composer/types.ts';
import { FollowUpSuggestions } from './follow-up-suggestions.tsx';

/** Props of `ThreadComposer`. */
export interface ThreadComposerProps {
  busy: boolean;
  onSend(input: ComposerSendInput): Promise<boolean | undefined> | boolean | undefined;
  onStop?: (() => void) | undefined;
  attachments?: ComposerAttachments | undefined;
  draft?: ComposerSendInput | undefined;
  onDraftRestored?: (() => void) | undefined;
  followUps: readonly string[];
  settings?: ConversationSettings | undefined;
  onSettingsChange?: ((settings: ConversationSettings) => unknown) | undefined;
  models?: string[] | undefined;
  placeholder?: string | undefined;
  text?: string | undefined;
  onTextChange?: ((text: string) => void) | undefined;
  apiRef?: React.Ref<ComposerApi> | undefined;
}

/**
 * The foot of a thread: follow-up chips and the composer with its toolbar. Memoised, so a
 * streaming reply (a new message list every frame) does not re-render the composer, and a
 * keystroke re-renders only the composer.
 */
export const ThreadComposer = React.memo(function ThreadComposer({
  busy,
  onSend,
  onStop,
  attachments,
  draft,
  onDraftRestored,
  followUps,
  settings,
  onSettingsChange,
  models,
  placeholder,
  text,
  onTextChange,
  apiRef,
}: ThreadComposerProps) {
  const t = useMessages();
  return (
    <div data-slot="thread-composer" className="mx-auto grid w-full max-w-3xl gap-2 px-4 pb-4">
      {busy ? null : (
        <FollowUpSuggestions
          suggestions={followUps}
          onSelect={(chosen) => void onSend({ text: chosen, files: [] })}
        />
      )}
      <Composer
        onSend={onSend}
        onStop={onStop}
        isBusy={busy}
        attachments={attachments}
        draft={draft}
        onDraftRestored={onDraftRestored}
        value={text}
        onValueChange={onTextChange}
        apiRef={apiRef}
      >
        <ComposerAttachmentList />
        <ComposerInput placeholder={placeholder ?? t.composerPlaceholder} />
        <div data-slot="composer-toolbar" className="flex items-center gap-1">
          <ComposerAttachButton />
          <ComposerDictateButton />
          {onSettingsChange ? (
            <ComposerSettings settings={settings} onSettingsChange={onSettingsChange} models={models} />
          ) : null}
          <ComposerHint className="min-w-0 flex-1 px-1" />
          <ComposerSubmit className="ms-auto" />
        </div>
      </Composer>
    </div>
  );
});
