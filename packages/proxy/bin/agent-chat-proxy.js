#!/usr/bin/env node
// Standalone agent-chat proxy: `agent-chat-proxy --help` lists the options.
import { runProxyCli } from '../dist/node.js';

const server = await runProxyCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => console.log(line),
  error: (line) => console.error(line),
});
if (server) {
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else if (!process.argv.includes('--help') && !process.argv.includes('-h')) {
  process.exitCode = 1;
}
