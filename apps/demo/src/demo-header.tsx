import type * as React from 'react';
import type { ProxyConfig } from './backend-from-config.ts';
import { LanguageSelect } from './language.tsx';
import { ThemeToggle } from './theme-toggle.tsx';
import type { Theme } from './use-theme.ts';

const apiNames: Record<ProxyConfig['api'], string> = {
  'noxus-v1': 'Noxus v1',
  'agents-v2': 'Agents v2',
  'chat-api': 'Chat API',
  'ai-sdk': 'AI SDK server',
};

/** Props of `DemoHeader`. */
export interface DemoHeaderProps {
  config: ProxyConfig;
  theme: Theme;
  onThemeChange(theme: Theme): void;
  /** Links or buttons next to the theme switch. */
  children?: React.ReactNode;
}

/** The page banner: what the demo talks to, page switch, language and theme. */
export function DemoHeader({ config, theme, onThemeChange, children }: DemoHeaderProps) {
  const upstream = config.upstream === 'mock' ? 'embedded mock server' : config.upstream;
  return (
    <header className="flex flex-wrap items-center gap-3 border-b border-border px-4 py-2">
      <h1 className="text-base font-semibold">agent-chat demo</h1>
      <p data-testid="platform" className="min-w-0 flex-1 truncate text-sm text-muted-foreground">
        {apiNames[config.api]} · {upstream} · agent {config.agentId}
      </p>
      {children}
      <LanguageSelect />
      <ThemeToggle theme={theme} onThemeChange={onThemeChange} />
    </header>
  );
}
