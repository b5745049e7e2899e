import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A running server of a built consumer app. */
export interface AppServer {
  url: string;
  output(): string;
  close(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * Starts `command` in `cwd` and resolves once `url` answers a request (the server is up), or
 * rejects when the process exits first or `timeoutMs` passes.
 */
export function startAppServer(
  command: string[],
  cwd: string,
  url: string,
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<AppServer> {
  const [bin, ...args] = command as [string, ...string[]];
  const child: ChildProcess = spawn(bin, args, {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  let output = '';
  child.stdout?.on('data', (data: Buffer) => {
    output += data.toString();
  });
  child.stderr?.on('data', (data: Buffer) => {
    output += data.toString();
  });
  const close = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      void close().then(() => reject(error));
    };
    const timer = setTimeout(
      () => fail(new Error(`${command.join(' ')} did not answer within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    child.once('exit', (code) => fail(new Error(`${command.join(' ')} exited with ${code}:\n${output}`)));
    // Wait for the condition itself: the page answers.
    const poll = async () => {
      while (!settled) {
        const answered = await fetch(url).then(
          (response) => response.ok,
          () => false,
        );
        if (answered) {
          settled = true;
          clearTimeout(timer);
          resolve({ url, output: () => output, close });
          return;
        }
        await new Promise((next) => setTimeout(next, 200)); // pause between polls of the condition
      }
    };
    void poll();
  });
}
