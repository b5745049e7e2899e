import { AgentChatLocaleProvider, directionOf, loadMessages } from '@agent-chat/react';
import type * as React from 'react';

/**
 * The Storybook Language toolbar's wrapper: the kit's locale for the story, and its direction set
 * on the document as an app would, so portalled popovers and dialogs mirror too. On a docs page
 * (`inDocs`), where several stories share the document, the direction stays on the story's own
 * wrapper and the page itself reads left to right.
 */
export function StoryLocale({
  locale,
  inDocs = false,
  children,
}: {
  locale: string;
  inDocs?: boolean;
  children: React.ReactNode;
}) {
  const dir = directionOf(locale);
  document.documentElement.dir = inDocs ? 'ltr' : dir;
  document.documentElement.lang = inDocs ? 'en' : locale;
  return (
    <AgentChatLocaleProvider locale={locale}>
      <div dir={dir} lang={locale} className={inDocs ? undefined : 'contents'}>
        {children}
      </div>
    </AgentChatLocaleProvider>
  );
}

/**
 * The Language toolbar's loader: the locale's messages before the story renders, as an app may
 * `await loadMessages(locale)`, so the story renders at once instead of suspending.
 */
export async function loadStoryLocale(locale: string): Promise<Record<string, never>> {
  await loadMessages(locale);
  return {};
}
