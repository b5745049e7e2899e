import type { Decorator, Preview } from '@storybook/react-vite';
import './storybook.css';

/** Puts `.dark` on the document for the dark theme and paints the story on the theme background. */
const withTheme: Decorator = (Story, context) => {
  const dark = context.globals.theme === 'dark' || context.parameters.theme === 'dark';
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  return (
    <div data-theme={dark ? 'dark' : 'light'} className="min-h-full bg-background p-4 text-foreground">
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // Every story is also an accessibility test: any axe violation fails it.
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
  },
};

export default preview;
