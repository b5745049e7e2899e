import { parseArgs } from 'node:util';
import { AGENT_CHAT_APIS, type ProxyEnv } from './config.ts';
import { DEFAULT_PORT, describeProxyServer, type ProxyServer, startProxyServer } from './proxy-server.ts';

/** Where the command line reads its environment and writes its output. */
export interface CliIo {
  env: ProxyEnv;
  out(line: string): void;
  error(line: string): void;
}

const USAGE = `Usage: agent-chat-proxy [--port ${DEFAULT_PORT}] [--host 127.0.0.1] [--static <dir>] [--mount /agent-chat] [--timeout <seconds>]

Forwards <mount>/… to the agent platform, adding the API key server-side.
Environment: AGENT_CHAT_UPSTREAM (unset: embedded mock server), AGENT_CHAT_API (${AGENT_CHAT_APIS.join(' | ')}),
AGENT_CHAT_API_KEY, AGENT_CHAT_AUTH (x-api-key | bearer), AGENT_CHAT_AGENT_ID, AGENT_CHAT_TEAM_ID,
AGENT_CHAT_ALLOWED_ORIGINS, AGENT_CHAT_ALLOWED_HOSTS (needed for any public host name),
AGENT_CHAT_IDLE_TIMEOUT_MS, AGENT_CHAT_RATE_LIMIT (requests per minute per client).`;

function numberOption(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${what} must be a number, not "${value}".`);
  return parsed;
}

/**
 * Run the `agent-chat-proxy` command: start the server and print where it listens and what it
 * forwards to (never the key). Resolves to the server, or `undefined` after `--help` or an error
 * (reported through `io.error`, with `process.exitCode` left to the caller).
 */
export async function runProxyCli(argv: readonly string[], io: CliIo): Promise<ProxyServer | undefined> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        static: { type: 'string' },
        mount: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help) {
      io.out(USAGE);
      return undefined;
    }
    const timeoutSeconds = numberOption(values.timeout, '--timeout');
    const server = await startProxyServer({
      env: io.env,
      port: numberOption(values.port, '--port') ?? DEFAULT_PORT,
      host: values.host ?? '127.0.0.1',
      staticDir: values.static,
      mount: values.mount,
      timeoutMs: timeoutSeconds === undefined ? undefined : timeoutSeconds * 1000,
      log: (level, message) => (level === 'info' ? io.out(message) : io.error(`[${level}] ${message}`)),
    });
    io.out(describeProxyServer(server));
    if (values.static) io.out(`serving ${values.static} at ${server.url}/`);
    return server;
  } catch (error) {
    io.error(`agent-chat-proxy: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
