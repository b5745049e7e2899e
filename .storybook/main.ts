import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { type Alias, type AliasOptions, defaultClientConditions } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function toAliasArray(alias: AliasOptions | undefined): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias as Alias[];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement: replacement as string }));
}

const config: StorybookConfig = {
  stories: ['../packages/ui/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: false },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), react(), tailwindcss()];
    // Workspace packages resolve to their TypeScript sources, as in tests. The root package does
    // not depend on them, so the mock backend (.storybook/mock-backend.tsx) finds them by alias.
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['source', ...defaultClientConditions],
      alias: [
        ...toAliasArray(viteConfig.resolve?.alias),
        ...['client', 'react', 'mock-server'].map((name) => ({
          find: new RegExp(`^@agent-chat/${name}$`),
          replacement: path.join(root, 'packages', name, 'src/index.ts'),
        })),
      ],
    };
    return viteConfig;
  },
};

export default config;
