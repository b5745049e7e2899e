import { createProxyHandler, resolveProxyConfig } from '@agent-chat/proxy';

// The proxy as a route handler at /agent-chat/*: AGENT_CHAT_API_KEY stays on the server. Without
// AGENT_CHAT_UPSTREAM it answers from the embedded mock platform.
const proxy = createProxyHandler(resolveProxyConfig(process.env));
const handle = (request: Request) => proxy(request);

export const dynamic = 'force-dynamic';
export { handle as DELETE, handle as GET, handle as HEAD, handle as PATCH, handle as POST, handle as PUT };
