import { AgentChatLocaleProvider, directionOf } from '@agent-chat/react';
import type * as React from 'react';

/**
 * The Storybook Language toolbar's wrapper: the kit's locale for the story, and its direction set
 * on the document as an app would, so portalled popovers and dialogs mirror too.
 */
export function StoryLocale({ locale, children }: { locale: string; children: React.ReactNode }) {
  const dir = directionOf(locale);
  document.documentElement.dir = dir;
  document.documentElement.lang = locale;
  return (
    <AgentChatLocaleProvider locale={locale}>
      <div dir={dir} lang={locale} className="contents">
        {children}
      </div>
    </AgentChatLocaleProvider>
  );
}
