import type { StorybookConfig } from '@storybook/react-vite';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import remarkGfm from 'remark-gfm';
import { defaultClientConditions } from 'vite';

function toArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const config: StorybookConfig = {
  stories: ['../docs/storybook/**/*.mdx', '../packages/ui/src/**/*.stories.@(ts|tsx)'],
  addons: [
    // The guides in docs/storybook use GFM tables.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Props tables read the real TypeScript types of the kit's components. One program over the ui
  // package (its tsconfig, the workspace sources through the `source` condition), stories and
  // tests left out; props inherited from React's DOM types are dropped except a few that matter.
  // Building that program costs seconds to tens of seconds on a busy machine before the first
  // story loads, and stories run as tests show no props table: Vitest runs without it.
  typescript: {
    // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by Vitest itself; no turbo task runs Storybook.
    reactDocgen: process.env.VITEST ? false : 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: 'packages/ui/tsconfig.json',
      include: ['packages/ui/src/**/*.tsx'],
      exclude: ['**/*.stories.tsx', '**/*.test.tsx', '**/test-support/**'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) =>
        !prop.parent?.fileName.includes('node_modules') ||
        ['className', 'children', 'disabled', 'placeholder'].includes(prop.name),
    },
  },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), react(), tailwindcss()];
    // Workspace packages resolve to their TypeScript sources, as in tests.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] };
    // Let Vite find every dependency before the first story loads (including those behind the
    // lazily imported mock backend): one discovered later re-optimises and reloads the page,
    // which fails the stories running in it.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      entries: [
        ...toArray(viteConfig.optimizeDeps?.entries),
        '.storybook/preview.tsx',
        '.storybook/mock-backend.tsx',
        'packages/ui/src/**/*.stories.tsx',
      ],
    };
    return viteConfig;
  },
};

export default config;
