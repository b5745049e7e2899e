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
  ])('refuses %s with 400', (target) => {
    expect(kind(target, noxus)).toBe(400);
  });
});

describe('joinUpstreamUrl', () => {
  it('joins onto the base, keeping its path and the query', () => {
    const base = new URL('https://host.example/tenants/t1/api/v2');
    expect(joinUpstreamUrl(base, 'agents/a/conversations', '?limit=5').href).toBe(
      'https://host.example/tenants/t1/api/v2/agents/a/conversations?limit=5',
    );
  });

  it('never leaves the base even when handed an unchecked path', () => {
    const base = new URL('https://host.example/api');
    expect(() => joinUpstreamUrl(base, '../admin', '')).toThrow(/left the configured base/);
  });
});
