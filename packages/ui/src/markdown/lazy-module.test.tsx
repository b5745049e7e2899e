import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { lazyModule, useLazyModule } from './lazy-module.ts';

/** A module that arrives when the test says so. */
function deferredModule() {
  let arrive!: (module: { label: string }) => void;
  const load = vi.fn(() => new Promise<{ label: string }>((resolve) => (arrive = resolve)));
  return { lazy: lazyModule(load), load, arrive: (label: string) => arrive({ label }) };
}

function View({
  lazy,
  enabled = true,
}: {
  lazy: ReturnType<typeof deferredModule>['lazy'];
  enabled?: boolean;
}) {
  const module = useLazyModule(lazy, enabled);
  return <p>{module ? module.label : 'fallback'}</p>;
}

describe('useLazyModule', () => {
  it('asks for the module once enabled, shows the fallback until it arrives, then the module', async () => {
    const { lazy, load, arrive } = deferredModule();
    const view = render(<View lazy={lazy} enabled={false} />);
    expect(load).not.toHaveBeenCalled();
    view.rerender(<View lazy={lazy} />);
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('fallback')).toBeDefined();
    await act(async () => arrive('loaded'));
    expect(screen.getByText('loaded')).toBeDefined();
  });

  it('shows a module loaded before the first render in that render', async () => {
    const { lazy, arrive } = deferredModule();
    const loading = lazy.load();
    arrive('preloaded');
    await loading;
    render(<View lazy={lazy} />);
    expect(screen.getByText('preloaded')).toBeDefined();
  });

  it('hydrates what the server rendered, without a mismatch, then shows a preloaded module', async () => {
    const { lazy, arrive } = deferredModule();
    const html = renderToString(<View lazy={lazy} />);
    expect(html).toContain('fallback');
    // The page preloads the module before hydrating.
    const loading = lazy.load();
    arrive('preloaded');
    await loading;
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, <View lazy={lazy} />, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.textContent).toBe('preloaded');
    container.remove();
  });
});
