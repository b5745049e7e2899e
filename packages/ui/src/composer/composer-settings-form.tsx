import type { ConversationSettings } from '@agent-chat/client';
import { useLocale, useMessages } from '@agent-chat/react';
import { Popover } from 'radix-ui';
import * as React from 'react';
import { Button, focusRing } from '../lib/button.tsx';
import { cn } from '../lib/cn.ts';

/** Props of `ComposerSettingsForm`. */
export interface ComposerSettingsFormProps {
  settings: ConversationSettings | undefined;
  models?: string[] | undefined;
  onSave(settings: ConversationSettings): void;
}

const field = 'flex flex-col gap-1 text-sm';
const control = cn(
  'rounded-md border border-input bg-background px-2 py-1.5 text-sm text-foreground',
  focusRing,
);

/**
 * The settings being edited, as a draft taken from `settings` when the popover opens (this form
 * mounts only while it is open, so a closed popover costs nothing per render).
 */
export function ComposerSettingsForm({ settings, models = [], onSave }: ComposerSettingsFormProps) {
  const t = useMessages();
  const { locale } = useLocale();
  const [draft, setDraft] = React.useState<ConversationSettings>(() => settings ?? {});
  const ids = React.useId();
  const model = draft.modelSelection?.[0] ?? '';
  const modelOptions = model && !models.includes(model) ? [model, ...models] : models;
  const temperature = draft.temperature ?? 1;
  return (
    <form
      data-slot="composer-settings-form"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        // React events bubble through portals: keep this submit from reaching the composer's form.
        event.stopPropagation();
        onSave(draft);
      }}
    >
      {modelOptions.length > 0 ? (
        <label data-slot="composer-settings-model" className={field} htmlFor={`${ids}-model`}>
          {t.settingsModel}
          <select
            id={`${ids}-model`}
            className={control}
            value={model}
            onChange={(event) => setDraft({ ...draft, modelSelection: [event.currentTarget.value] })}
          >
            {model ? null : <option value="">{t.settingsDefaultModel}</option>}
            {modelOptions.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {draft.tools && draft.tools.length > 0 ? (
        <fieldset data-slot="composer-settings-tools" className="flex flex-col gap-1.5 text-sm">
          <legend className="mb-1">{t.settingsTools}</legend>
          {draft.tools.map((tool, index) => (
            <label key={tool.name} data-slot="composer-settings-tool" className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={tool.enabled}
                onChange={(event) => {
                  const tools = [...(draft.tools ?? [])];
                  tools[index] = { ...tool, enabled: event.currentTarget.checked };
                  setDraft({ ...draft, tools });
                }}
              />
              <span>{tool.name}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <label data-slot="composer-settings-temperature" className={field} htmlFor={`${ids}-temperature`}>
        <span className="flex justify-between">
          {t.settingsTemperature}{' '}
          <output htmlFor={`${ids}-temperature`}>
            {temperature.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
          </output>
        </span>
        <input
          id={`${ids}-temperature`}
          type="range"
          min={0}
          max={2}
          step={0.1}
          value={temperature}
          className="accent-primary"
          onChange={(event) => setDraft({ ...draft, temperature: Number(event.currentTarget.value) })}
        />
      </label>
      <label data-slot="composer-settings-instructions" className={field} htmlFor={`${ids}-instructions`}>
        {t.settingsInstructions}
        <textarea
          id={`${ids}-instructions`}
          rows={3}
          className={cn(control, 'resize-y')}
          value={draft.extraInstructions ?? ''}
          onChange={(event) => setDraft({ ...draft, extraInstructions: event.currentTarget.value })}
        />
      </label>
      <div data-slot="composer-settings-actions" className="flex justify-end gap-2">
        <Popover.Close asChild>
          <Button variant="outline" size="sm">
            {t.cancel}
          </Button>
        </Popover.Close>
        <Button type="submit" size="sm">
          {t.save}
        </Button>
      </div>
    </form>
  );
}
