import type { Decorator, Loader, Preview, StoryContext } from '@storybook/react-vite';
import * as React from 'react';
import { configure } from 'storybook/test';
import { loadStoryLocale, StoryLocale } from '../packages/ui/src/test-support/story-locale.tsx';
import type { MockBackendOptions } from './mock-backend.tsx';
import './storybook.css';

// Plays wait for what they check; on a busy machine that takes longer than testing-library's 1 s.
configure({ asyncUtilTimeout: 15_000 });

// Loaded only by stories that ask for it, so the rest never pull in the mock server.
const MockBackend = React.lazy(() =>
  import('./mock-backend.tsx').then((module) => ({ default: module.MockBackend })),
);

/**
 * Stories with `parameters.mockBackend` (true or options) run against the real hooks and an
 * in-browser mock server; see mock-backend.tsx.
 */
const withMockBackendParameter: Decorator = (Story, context) => {
  const setting = context.parameters.mockBackend as boolean | MockBackendOptions | undefined;
  if (!setting) return <Story />;
  return (
    <React.Suspense fallback={null}>
      <MockBackend key={context.id} options={setting === true ? undefined : setting}>
        <Story />
      </MockBackend>
    </React.Suspense>
  );
};

const darkQuery = '(prefers-color-scheme: dark)';

/** Whether the operating system asks for dark colours, following changes while a story is open. */
function usePrefersDark(): boolean {
  return React.useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(darkQuery);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia(darkQuery).matches,
  );
}

/**
 * The Theme toolbar (light, dark, or the system's choice) or a story's `parameters.theme`: `.dark`
 * on the document, as an app would set it, so portalled popovers and dialogs follow too.
 */
function StoryTheme({
  theme,
  inDocs,
  children,
}: {
  theme: string;
  /** On a docs page several stories share the document: the theme stays on the story's wrapper. */
  inDocs: boolean;
  children: React.ReactNode;
}) {
  const prefersDark = usePrefersDark();
  const dark = theme === 'dark' || (theme === 'system' && prefersDark);
  // A docs page is light (its own theme), whatever story was open before it.
  document.documentElement.classList.toggle('dark', dark && !inDocs);
  document.documentElement.style.colorScheme = dark && !inDocs ? 'dark' : 'light';
  return (
    <div data-theme={dark ? 'dark' : 'light'} className="min-h-full bg-background p-4 text-foreground">
      {children}
    </div>
  );
}

/** Paints the story on the theme's background; a story's `parameters.theme` wins over the toolbar. */
const withTheme: Decorator = (Story, context) => (
  <StoryTheme
    theme={(context.parameters.theme ?? context.globals.theme ?? 'light') as string}
    inDocs={context.viewMode === 'docs'}
  >
    <Story />
  </StoryTheme>
);

/** The kit's locale from the Language toolbar, or a story's `parameters.locale`. */
const localeOf = (context: StoryContext) =>
  (context.parameters.locale ?? context.globals.locale ?? 'en') as string;

/** The locale's messages, loaded before the story renders (again when the toolbar changes it). */
const loadLocale: Loader = (context) => loadStoryLocale(localeOf(context));

/**
 * The kit's locale, with `dir` set from it: on the document for a story alone, on the story's
 * wrapper on a docs page (where one Arabic story must not turn the whole page right to left).
 */
const withLocale: Decorator = (Story, context) => (
  <StoryLocale locale={localeOf(context)} inDocs={context.viewMode === 'docs'}>
    <Story />
  </StoryLocale>
);

const preview: Preview = {
  // The theme wraps the backend, so backend-driven components see the theme too; the locale wraps both.
  decorators: [withMockBackendParameter, withTheme, withLocale],
  loaders: [loadLocale],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'System' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the kit (sets dir on the document)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'pt', title: 'Português' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    // The guides first, in reading order, then the components.
    options: {
      storySort: {
        order: [
          'Guides',
          [
            'Getting started',
            'Connecting a platform',
            'Theming and tokens',
            'Custom parts and tool UIs',
            'Branches, feedback and follow-ups',
            'Localization',
            'The page widget',
            'Accessibility',
            'Component reference',
          ],
          '*',
        ],
      },
    },
    // Every story is also an accessibility test: any axe violation fails it.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;
