#!/usr/bin/env node
// agent-chat-mock [--port 4010] [--host 127.0.0.1] [--api-key KEY]
import { parseArgs } from 'node:util';
import { startMockServer } from '@agent-chat/mock-server/node';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'api-key': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('Usage: agent-chat-mock [--port 4010] [--host 127.0.0.1] [--api-key KEY]');
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}".`);
  process.exit(2);
}
const server = await startMockServer({ port, host: values.host, apiKey: values['api-key'], seed: true });
console.log(`agent-chat mock server on ${server.url}`);
console.log(`  Noxus v1   ${server.url}/v1/conversations`);
console.log(`  agents v2  ${server.url}/api/v2/agents/mock-agent/conversations`);
console.log(`  AI SDK     ${server.url}/ai-sdk/chat`);
console.log(`  Chat API   ${server.url}/api/agents/mock-agent/chat`);
console.log(values['api-key'] ? '  an API key is required' : '  no API key required');
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
