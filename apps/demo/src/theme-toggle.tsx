import type { Theme } from './use-theme.ts';

/** Props of `ThemeToggle`. */
export interface ThemeToggleProps {
  theme: Theme;
  onThemeChange(theme: Theme): void;
}

/** A switch between the light and dark themes. */
export function ThemeToggle({ theme, onThemeChange }: ThemeToggleProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={theme === 'dark'}
      onClick={() => onThemeChange(theme === 'dark' ? 'light' : 'dark')}
      className="demo-button"
    >
      Dark theme
    </button>
  );
}
