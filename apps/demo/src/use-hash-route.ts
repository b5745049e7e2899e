import * as React from 'react';

/** Where the demo is: the chat screen on a conversation (or a new one), or the widget host page. */
export type Route = { page: 'chat'; conversationId: string | undefined } | { page: 'widget' };

/** Reads a location hash: `#/c/<id>`, `#/widget`, anything else is a new conversation. */
export function parseHash(hash: string): Route {
  if (hash === '#/widget') return { page: 'widget' };
  const match = /^#\/c\/([^/]+)$/.exec(hash);
  return { page: 'chat', conversationId: match?.[1] ? decodeURIComponent(match[1]) : undefined };
}

/** The hash of a route, so a reload comes back to the same place. */
export function hashOf(route: Route): string {
  if (route.page === 'widget') return '#/widget';
  return route.conversationId ? `#/c/${encodeURIComponent(route.conversationId)}` : '#/';
}

/** The route in the location hash, kept in sync both ways. */
export function useHashRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const [hash, setHash] = React.useState(() => window.location.hash);
  React.useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = React.useCallback((route: Route, options?: { replace?: boolean }) => {
    const next = hashOf(route);
    if (next === window.location.hash) return;
    if (options?.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    setHash(next);
  }, []);
  return [React.useMemo(() => parseHash(hash), [hash]), navigate];
}
