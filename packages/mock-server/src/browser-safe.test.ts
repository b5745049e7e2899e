import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `@agent-chat/mock-server` runs inside Storybook in the browser: nothing reachable from its
// main entry may need Node.
const browserPackages = new Set(['ai', 'ai/test', 'hono']);

function reachable(entry: string): Map<string, string> {
  const sources = new Map<string, string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (sources.has(file)) continue;
    const text = readFileSync(new URL(file, import.meta.url), 'utf8');
    sources.set(file, text);
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      if (specifier?.startsWith('./')) pending.push(specifier);
    }
  }
  return sources;
}

describe('the main entry is browser-safe', () => {
  const sources = reachable('./index.ts');

  it('reaches every module of the platforms', () => {
    expect([...sources.keys()].sort()).toEqual(
      expect.arrayContaining([
        './noxus-v1.ts',
        './agents-v2.ts',
        './chat-api.ts',
        './ai-sdk.ts',
        './ai-sdk-model.ts',
        './reply-run.ts',
      ]),
    );
  });

  it('imports only browser-ready packages and no Node globals', () => {
    for (const [file, text] of sources) {
      for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (specifier?.startsWith('./')) continue;
        expect({ file, specifier, ok: browserPackages.has(specifier ?? '') }).toEqual({
          file,
          specifier,
          ok: true,
        });
      }
      expect({ file, node: /\b(process|Buffer|require|__dirname)\b[.(]/.test(text) }).toEqual({
        file,
        node: false,
      });
    }
  });
});
