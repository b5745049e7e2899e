// Marks built entry files as client modules for React Server Components hosts (Next.js App
// Router): `'use client'` goes first on line 1, so the source map's line numbers stay right.
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const code = readFileSync(file, 'utf8');
  if (!code.startsWith("'use client'")) writeFileSync(file, `'use client';${code}`);
}
