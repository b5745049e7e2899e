import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const demoDir = fileURLToPath(new URL('../..', import.meta.url));
/** Where the end-to-end tests build the demo (ignored by git, untouched by `pnpm build`). */
export const e2eOutDir = fileURLToPath(new URL('../../node_modules/.e2e-dist', import.meta.url));
const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

/** A running `vite preview` of the built demo. */
export interface PreviewServer {
  url: string;
  /** Everything the server printed, to check what it logs. */
  output(): string;
  close(): Promise<void>;
}

/**
 * Starts `vite preview` of the built demo on 127.0.0.1 with the given environment (the proxy's
 * AGENT_CHAT_* variables) and resolves once it prints its URL.
 */
export function startPreview(env: Record<string, string>, timeoutMs = 30_000): Promise<PreviewServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [viteBin, 'preview', '--outDir', e2eOutDir, '--host', '127.0.0.1', '--port', '0', '--strictPort'],
    { cwd: demoDir, env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: 'pipe' },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`vite preview did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (data: Buffer) => {
      output += data.toString();
      const match = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/?)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          url: match[1].replace(/\/$/, ''),
          output: () => output,
          close: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vite preview exited with ${code}:\n${output}`));
    });
  });
}
