import { describe, expect, it } from 'vitest';
import { joinUpstreamUrl, type RouteRules, routeRequestTarget } from './path-guard.ts';

const noxus: RouteRules = { mount: '/agent-chat', api: 'noxus-v1', agentId: 'mock-agent' };
const v2: RouteRules = { ...noxus, api: 'agents-v2' };
const chat: RouteRules = { ...noxus, api: 'chat-api' };

function kind(target: string, rules: RouteRules) {
  const decision = routeRequestTarget(target, rules);
  return decision.kind === 'refused' ? decision.status : decision.kind;
}

describe('routeRequestTarget', () => {
  it('leaves requests outside the mount alone and answers the config path', () => {
    expect(kind('/', noxus)).toBe('outside');
    expect(kind('/agent-chatty/v1/conversations', noxus)).toBe('outside');
    expect(kind('/src/main.tsx?t=1', noxus)).toBe('outside');
    expect(kind('/agent-chat/config', noxus)).toBe('config');
  });

  it('allows the Noxus conversation paths with their query', () => {
    expect(routeRequestTarget('/agent-chat/v1/conversations?page=1&size=20', noxus)).toEqual({
      kind: 'api',
      path: 'v1/conversations',
      search: '?page=1&size=20',
      methods: ['GET', 'HEAD', 'POST'],
    });
    expect(kind('/agent-chat/v1/conversations/c-1/stream?format=json', noxus)).toBe('api');
    expect(kind('/agent-chat/v1/conversations/c-1/events?etag=run%3A3', noxus)).toBe('api');
    expect(kind('/agent-chat/v1/agents', noxus)).toBe(404);
    expect(kind('/agent-chat/v2/conversations', noxus)).toBe(404);
    expect(kind('/agent-chat/', noxus)).toBe(404);
  });

  it('allows the agents v2 paths of the configured agent only', () => {
    expect(kind('/agent-chat/agents/mock-agent/conversations', v2)).toBe('api');
    expect(kind('/agent-chat/agents/mock-agent/conversations/c1/files/download/?file_ref=f1', v2)).toBe(
      'api',
    );
    expect(kind('/agent-chat/agents/mock-agent/conversations/c1/data-frames/sales%20q1?limit=5', v2)).toBe(
      'api',
    );
    expect(kind('/agent-chat/agents/other-agent/conversations', v2)).toBe(404);
    expect(kind('/agent-chat/agents/mock-agent', v2)).toBe(404);
    expect(kind('/agent-chat/v1/conversations', v2)).toBe(404);
  });

  it('allows exactly the Chat API endpoints', () => {
    for (const path of [
      'agents/mock-agent/chat',
      'agents/mock-agent/chat/stream',
      'agents/mock-agent/history?limit=20',
      'agents/mock-agent/conversations',
      'agents/mock-agent/conversations/c1',
      'agents/mock-agent/inbox',
      'agents/mock-agent/mark-read',
      'teams/mock-team/chat',
    ]) {
      expect(kind(`/agent-chat/${path}`, chat), path).toBe('api');
    }
    for (const path of [
      'agents/mock-agent/chat/other',
      'agents/mock-agent/settings',
      'agents/mock-agent/history/x',
      'agents/other/chat',
      'teams/mock-team/members',
      'teams/mock-team/chat/stream',
      'admin',
    ]) {
      expect(kind(`/agent-chat/${path}`, chat), path).toBe(404);
    }
  });

  it.each([
    '/agent-chat/v1/conversations/../../admin',
    '/agent-chat/v1/conversations/./x',
    '/agent-chat/v1/conversations/..',
    '/agent-chat/../v1/conversations',
    '/agent-chat/v1/conversations/%2e%2e/%2e%2e/admin',
    '/agent-chat/v1/conversations/%2E%2E',
    '/agent-chat/v1/conversations/.%2e',
    '/agent-chat/v1/conversations/a%2fb',
    '/agent-chat/v1/conversations/a%2Fb',
    '/agent-chat/v1/conversations/a%5cb',
    '/agent-chat/v1/conversations/%252e%252e/admin',
    '/agent-chat/v1/conversations/%25252e',
    '/agent-chat/v1/conversations/a\\..\\b',
    '/agent-chat/v1\\conversations',
    '/agent-chat//evil.example/v1/conversations',
    '/agent-chat/v1//conversations',
    '/agent-chat/http://evil.example/v1/conversations',
    '/agent-chat/https:%2f%2fevil.example/v1/conversations',
    '/agent-chat/@evil.example/v1/conversations',
    '/agent-chat/v1/conversations/x@evil.example',
    '/agent-chat/v1/conversations/a%00b',
    '/agent-chat/v1/conversations/a%0d%0aHost:%20evil',
    '/agent-chat/v1/conversations/a\u0001b',
    '/agent-chat/v1/conversations/a b',
    '/agent-chat/v1/conversations/%zz',
    '/agent-chat/v1/conversations?x=\r\nHost: evil',
    '/agent-chat/v1/conversations#frag',
    'http://evil.example/agent-chat/v1/conversations',
    // Path parameters: `..;` is `..` to Tomcat and Spring.
    '/agent-chat/v1/conversations/..;/..;/admin',
    '/agent-chat/v1/conversations/c1;jsessionid=x',
    '/agent-chat/v1/conversations/c1%3bx',
    '/agent-chat/v1/conversations/c1%3Bx',
    // Three or more dots, and dots with white space, are `..` to some file systems and servers.
    '/agent-chat/v1/conversations/...',
    '/agent-chat/v1/conversations/..../admin',
    '/agent-chat/v1/conversations/..%20',
    '/agent-chat/v1/conversations/.%09.',
    // Overlong and otherwise invalid UTF-8 spellings of `.` and `/`.
    '/agent-chat/v1/conversations/%c0%ae%c0%ae/admin',
    '/agent-chat/v1/conversations/%c0%af',
    '/agent-chat/v1/conversations/%e0%80%ae',
    '/agent-chat/v1/conversations/%c1%9c',
    '/agent-chat/v1/conversations/%ff',
    // Double encoding and IIS-style %u escapes.
    '/agent-chat/v1/conversations/%252e%252e%252f',
    '/agent-chat/v1/conversations/%u002e%u002e',
    // Unicode look-alikes that NFKC folds into `.` `/` `\`: fullwidth, the two-dot leader.
    '/agent-chat/v1/conversations/%ef%bc%8e%ef%bc%8e',
    '/agent-chat/v1/conversations/a%ef%bc%8fb',
    '/agent-chat/v1/conversations/a%ef%bc%bcb',
    '/agent-chat/v1/conversations/%e2%80%a5',
    '/agent-chat/v1/conversations/a%e2%80%a8b',
  ])('refuses %s with 400', (target) => {
    expect(kind(target, noxus)).toBe(400);
  });

  it('still allows ordinary ids: dots inside names, non-ASCII names, encoded spaces', () => {
    expect(kind('/agent-chat/v1/conversations/report.v2.csv', noxus)).toBe('api');
    expect(kind('/agent-chat/v1/conversations/caf%C3%A9', noxus)).toBe('api');
    expect(kind('/agent-chat/agents/mock-agent/conversations/c1/data-frames/sales%20q1', v2)).toBe('api');
  });
});

describe('methods per path', () => {
  const ai: RouteRules = { ...noxus, api: 'ai-sdk' };
  function methods(target: string, rules: RouteRules) {
    const decision = routeRequestTarget(target, rules);
    return decision.kind === 'api' ? decision.methods.join(' ') : decision.kind;
  }

  it('allows each API path only with its own methods', () => {
    expect(methods('/agent-chat/v1/conversations', noxus)).toBe('GET HEAD POST');
    expect(methods('/agent-chat/v1/conversations/c1', noxus)).toBe('GET HEAD POST PATCH DELETE');
    expect(methods('/agent-chat/v1/conversations/c1/stream?format=json', noxus)).toBe('POST');
    expect(methods('/agent-chat/v1/conversations/c1/chat', noxus)).toBe('POST');
    expect(methods('/agent-chat/v1/conversations/c1/events', noxus)).toBe('GET HEAD');
    expect(kind('/agent-chat/v1/conversations/c1/other', noxus)).toBe(404);
    expect(methods('/agent-chat/agents/mock-agent/conversations/c1', v2)).toBe('GET HEAD DELETE');
    expect(methods('/agent-chat/agents/mock-agent/conversations/c1/stream', v2)).toBe('GET HEAD POST');
    expect(methods('/agent-chat/agents/mock-agent/conversations/c1/files/download/', v2)).toBe('GET HEAD');
    expect(methods('/agent-chat/agents/mock-agent/conversations/c1/data-frames/q1', v2)).toBe('GET HEAD');
    expect(kind('/agent-chat/agents/mock-agent/conversations/c1/messages/m1', v2)).toBe(404);
    expect(methods('/agent-chat/agents/mock-agent/chat/stream', chat)).toBe('POST');
    expect(methods('/agent-chat/agents/mock-agent/conversations/c1', chat)).toBe('GET HEAD PUT DELETE');
    expect(methods('/agent-chat/agents/mock-agent/history', chat)).toBe('GET HEAD');
    expect(methods('/agent-chat/agents/mock-agent/mark-read', chat)).toBe('POST');
    expect(methods('/agent-chat/teams/t1/chat', chat)).toBe('POST');
  });

  it('forwards the AI SDK chat endpoint at the mount itself, and its resume path', () => {
    expect(routeRequestTarget('/agent-chat', ai)).toEqual({
      kind: 'api',
      path: '',
      search: '',
      methods: ['POST'],
    });
    expect(methods('/agent-chat/chat-1/stream', ai)).toBe('GET HEAD');
    expect(kind('/agent-chat/config', ai)).toBe('config');
    expect(kind('/agent-chat/', ai)).toBe(404);
    expect(kind('/agent-chat/chat-1', ai)).toBe(404);
    expect(kind('/agent-chat/chat-1/stream/x', ai)).toBe(404);
    expect(kind('/agent-chat', noxus)).toBe(404);
  });
});

describe('joinUpstreamUrl', () => {
  it('joins onto the base, keeping its path and the query', () => {
    const base = new URL('https://host.example/tenants/t1/api/v2');
    expect(joinUpstreamUrl(base, 'agents/a/conversations', '?limit=5').href).toBe(
      'https://host.example/tenants/t1/api/v2/agents/a/conversations?limit=5',
    );
  });

  it('uses the base itself for the empty path (the AI SDK chat endpoint)', () => {
    expect(joinUpstreamUrl(new URL('https://host.example/api/chat'), '', '').href).toBe(
      'https://host.example/api/chat',
    );
    expect(joinUpstreamUrl(new URL('https://host.example'), '', '?x=1').href).toBe(
      'https://host.example/?x=1',
    );
  });

  it('never leaves the base even when handed an unchecked path', () => {
    const base = new URL('https://host.example/api');
    expect(() => joinUpstreamUrl(base, '../admin', '')).toThrow(/left the configured base/);
  });
});
