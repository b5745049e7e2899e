import { describe, expect, it } from 'vitest';
import { defaultMaxBodyBytes, describeProxyConfig, ProxyConfigError, resolveProxyConfig } from './config.ts';

describe('resolveProxyConfig', () => {
  it('defaults to the embedded mock, Noxus v1, x-api-key and the mock agent', () => {
    const config = resolveProxyConfig({});
    expect(config.upstream).toBeUndefined();
    expect(config.api).toBe('noxus-v1');
    expect(config.auth).toBe('x-api-key');
    expect(config.agentId).toBe('mock-agent');
    expect(config.mount).toBe('/agent-chat');
    expect(config.timeoutMs).toBe(60_000);
    expect(config.apiKey).toBeUndefined();
  });

  it('reads every variable and defaults the auth style per API', () => {
    const config = resolveProxyConfig({
      AGENT_CHAT_UPSTREAM: 'https://host.example/tenants/t1/api/v2/',
      AGENT_CHAT_API: 'agents-v2',
      AGENT_CHAT_API_KEY: 'secret-key-1',
      AGENT_CHAT_AGENT_ID: 'agent-7',
    });
    expect(config.upstream?.href).toBe('https://host.example/tenants/t1/api/v2');
    expect(config.api).toBe('agents-v2');
    expect(config.auth).toBe('bearer');
    expect(config.apiKey).toBe('secret-key-1');
    expect(config.agentId).toBe('agent-7');
    expect(resolveProxyConfig({ AGENT_CHAT_API: 'chat-api' }).auth).toBe('bearer');
    expect(resolveProxyConfig({ AGENT_CHAT_API: 'noxus-v1', AGENT_CHAT_AUTH: 'bearer' }).auth).toBe('bearer');
  });

  it('announces a team for the Chat API: the configured one, or the mock default on the mock', () => {
    expect(resolveProxyConfig({ AGENT_CHAT_API: 'chat-api' }).teamId).toBe('mock-team');
    expect(resolveProxyConfig({ AGENT_CHAT_API: 'chat-api', AGENT_CHAT_TEAM_ID: 'sales' }).teamId).toBe(
      'sales',
    );
    expect(
      resolveProxyConfig({ AGENT_CHAT_API: 'chat-api', AGENT_CHAT_UPSTREAM: 'https://h.example/api' }).teamId,
    ).toBeUndefined();
    expect(resolveProxyConfig({}).teamId).toBeUndefined();
  });

  it('lets options win over the environment and treats empty variables as unset', () => {
    const config = resolveProxyConfig(
      { AGENT_CHAT_API: 'chat-api', AGENT_CHAT_UPSTREAM: '  ', AGENT_CHAT_AUTH: '' },
      { api: 'noxus-v1', mount: '/api-proxy/', timeoutMs: 500 },
    );
    expect(config.api).toBe('noxus-v1');
    expect(config.upstream).toBeUndefined();
    expect(config.auth).toBe('x-api-key');
    expect(config.mount).toBe('/api-proxy');
    expect(config.timeoutMs).toBe(500);
  });

  it.each([
    [{ AGENT_CHAT_UPSTREAM: 'not a url' }, /AGENT_CHAT_UPSTREAM is not a URL/],
    [{ AGENT_CHAT_UPSTREAM: 'ftp://host.example' }, /http or https/],
    [{ AGENT_CHAT_UPSTREAM: 'https://user:pw@host.example' }, /user name or password/],
    [{ AGENT_CHAT_UPSTREAM: 'https://host.example/?api_key=x' }, /query or fragment/],
    [
      { AGENT_CHAT_API: 'graphql' },
      /AGENT_CHAT_API is "graphql"; use one of noxus-v1, agents-v2, chat-api, ai-sdk/,
    ],
    [{ AGENT_CHAT_AUTH: 'basic' }, /AGENT_CHAT_AUTH is "basic"; use one of x-api-key, bearer/],
    [{ AGENT_CHAT_AGENT_ID: '../admin' }, /AGENT_CHAT_AGENT_ID/],
    [{ AGENT_CHAT_AGENT_ID: 'a/b' }, /AGENT_CHAT_AGENT_ID/],
    [{ AGENT_CHAT_TEAM_ID: 'team?x=1' }, /AGENT_CHAT_TEAM_ID/],
  ])('refuses %o with a clear error', (env, message) => {
    expect(() => resolveProxyConfig(env)).toThrow(ProxyConfigError);
    expect(() => resolveProxyConfig(env)).toThrow(message);
  });

  it('refuses a key that would split a header without quoting the key', () => {
    const attempt = () => resolveProxyConfig({ AGENT_CHAT_API_KEY: 'abc\r\nx-evil: 1' });
    expect(attempt).toThrow(/cannot be sent in a header/);
    try {
      attempt();
    } catch (error) {
      expect(String(error)).not.toContain('abc');
    }
  });

  it('refuses bad mounts and limits', () => {
    expect(() => resolveProxyConfig({}, { mount: 'agent-chat' })).toThrow(/mount/);
    expect(() => resolveProxyConfig({}, { mount: '/a/../b' })).toThrow(/mount/);
    expect(() => resolveProxyConfig({}, { timeoutMs: 0 })).toThrow(/timeoutMs/);
    expect(() => resolveProxyConfig({}, { maxBodyBytes: Number.NaN })).toThrow(/maxBodyBytes/);
  });

  it('sizes the body limit for one 25 MB file as each API carries it, plus 1 MB', () => {
    const mb = 1024 * 1024;
    expect(defaultMaxBodyBytes('agents-v2')).toBe(26 * mb);
    expect(defaultMaxBodyBytes('chat-api')).toBe(26 * mb);
    // Noxus inlines files as base64: 25 MB become a third larger.
    expect(defaultMaxBodyBytes('noxus-v1')).toBeGreaterThanOrEqual(Math.ceil((25 * mb * 4) / 3) + mb);
    expect(resolveProxyConfig({ AGENT_CHAT_API: 'chat-api' }).maxBodyBytes).toBe(26 * mb);
  });

  it('reads the access settings: allowed origins and hosts, idle timeout, rate limit', () => {
    const config = resolveProxyConfig({
      AGENT_CHAT_ALLOWED_ORIGINS: 'https://app.example.com, http://localhost:3000/',
      AGENT_CHAT_ALLOWED_HOSTS: 'Chat.Example.com,.corp.example',
      AGENT_CHAT_IDLE_TIMEOUT_MS: '30000',
      AGENT_CHAT_RATE_LIMIT: '60',
    });
    expect(config.allowedOrigins).toEqual(['https://app.example.com', 'http://localhost:3000']);
    // The allowed origins' hosts are accepted in Host as well.
    expect(config.allowedHosts).toEqual([
      'chat.example.com',
      '.corp.example',
      'app.example.com',
      'localhost',
    ]);
    expect(config.idleTimeoutMs).toBe(30_000);
    expect(config.rateLimitPerMinute).toBe(60);
    const defaults = resolveProxyConfig({});
    expect(defaults.allowedOrigins).toEqual([]);
    expect(defaults.allowedHosts).toEqual([]);
    expect(defaults.idleTimeoutMs).toBe(120_000);
    expect(defaults.rateLimitPerMinute).toBeUndefined();
    expect(defaults.authenticate).toBeUndefined();
    const options = resolveProxyConfig(
      { AGENT_CHAT_RATE_LIMIT: '60', AGENT_CHAT_ALLOWED_ORIGINS: 'https://a.example' },
      { rateLimitPerMinute: 5, allowedOrigins: ['https://b.example'], idleTimeoutMs: 10 },
    );
    expect(options.rateLimitPerMinute).toBe(5);
    expect(options.allowedOrigins).toEqual(['https://b.example']);
    expect(options.idleTimeoutMs).toBe(10);
  });

  it.each([
    [{ AGENT_CHAT_ALLOWED_ORIGINS: 'app.example.com' }, /not an origin; write scheme:\/\/host/],
    [{ AGENT_CHAT_ALLOWED_ORIGINS: 'https://app.example.com/chat' }, /not an origin/],
    [{ AGENT_CHAT_ALLOWED_ORIGINS: '*' }, /no path, no wildcard/],
    [{ AGENT_CHAT_ALLOWED_HOSTS: 'https://chat.example.com' }, /not a host name/],
    [{ AGENT_CHAT_ALLOWED_HOSTS: 'chat.example.com:8080' }, /no scheme, no port/],
    [{ AGENT_CHAT_IDLE_TIMEOUT_MS: '2 minutes' }, /AGENT_CHAT_IDLE_TIMEOUT_MS must be a positive number/],
    [{ AGENT_CHAT_RATE_LIMIT: '0' }, /AGENT_CHAT_RATE_LIMIT must be a positive number/],
  ])('refuses the access setting %o with a clear error', (env, message) => {
    expect(() => resolveProxyConfig(env)).toThrow(message);
  });

  it('describes itself without the key or the upstream path', () => {
    const config = resolveProxyConfig({
      AGENT_CHAT_UPSTREAM: 'https://host.example/tenants/secret-tenant/api/v2',
      AGENT_CHAT_API_KEY: 'sk-live-123456',
    });
    const text = describeProxyConfig(config);
    expect(text).toContain('https://host.example');
    expect(text).toContain('API key set');
    expect(text).not.toContain('sk-live-123456');
    expect(text).not.toContain('secret-tenant');
  });
});
