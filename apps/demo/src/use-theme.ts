import * as React from 'react';

/** Light or dark. */
export type Theme = 'light' | 'dark';

const storageKey = 'agent-chat-demo-theme';

function initialTheme(): Theme {
  const stored = window.localStorage.getItem(storageKey);
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The colour theme, applied as `.dark` on the document (what @agent-chat/ui's styles read) and remembered. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = React.useState<Theme>(initialTheme);
  React.useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
    document.documentElement.style.colorScheme = theme;
    window.localStorage.setItem(storageKey, theme);
  }, [theme]);
  return [theme, setTheme];
}
