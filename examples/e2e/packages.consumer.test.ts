import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, test } from 'vitest';
// @ts-expect-error: a plain Node script without types
import { measure } from '../../scripts/size-budget.mjs';
import { consumersContext } from './context.ts';

const examples = fileURLToPath(new URL('..', import.meta.url));
const budget = JSON.parse(
  readFileSync(new URL('../../scripts/size-budget.json', import.meta.url), 'utf8'),
) as Record<'thread' | 'markdown', { gzipBytes: number }>;

interface Measured {
  gzipBytes: number;
  lazyBytes: number;
  packages: Record<string, number>;
}

beforeAll(() => {
  consumersContext(inject('consumers')); // the apps are installed
});

describe('the installed stylesheet', () => {
  const css = () => readFileSync(`${examples}vite-app/node_modules/@agent-chat/ui/dist/styles.css`, 'utf8');

  test('names only --chat-* custom properties', () => {
    expect(css().match(/--(?!chat-)[a-zA-Z][\w-]*/g)).toBeNull();
  });

  test('keeps every rule in the agent-chat layer and redefines no variant or base rule of the host', () => {
    const layers = new Set(css().match(/@layer [\w.-]+/g));
    expect([...layers].every((layer) => layer.startsWith('@layer agent-chat'))).toBe(true);
    expect(css()).not.toMatch(/@custom-variant|@tailwind|@apply|@theme/);
    expect(css()).toMatch(/\.sr-only\{/);
  });
});

describe('the size budget (gzipped initial load, react and react-dom aside)', () => {
  test.each(['thread', 'markdown'] as const)(
    '%s stays within the figure in scripts/size-budget.json plus 5 percent',
    async (entry) => {
      const result = (await measure(entry)) as Measured;
      expect(result.gzipBytes).toBeLessThanOrEqual(Math.round(budget[entry].gzipBytes * 1.05));
    },
  );

  test('Markdown alone pulls neither the data grid, the AI SDK nor the highlighter', async () => {
    const result = (await measure('markdown')) as Measured;
    const names = Object.keys(result.packages);
    for (const name of [
      '@tanstack/react-table',
      '@tanstack/react-virtual',
      'ai',
      'zod',
      '@ai-sdk/react',
      'lowlight',
      'highlight.js',
    ]) {
      expect(names).not.toContain(name);
    }
  });
});
