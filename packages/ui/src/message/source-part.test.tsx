import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourcePart } from './source-part.tsx';

afterEach(cleanup);

describe('SourcePart', () => {
  it('links a safe URL and shows an unsafe one as text', () => {
    render(
      <>
        <SourcePart part={{ type: 'source-url', sourceId: 's1', url: 'https://x.test/a', title: 'A' }} />
        <SourcePart part={{ type: 'source-url', sourceId: 's2', url: 'javascript:alert(1)', title: 'B' }} />
      </>,
    );
    expect(screen.getByRole('link', { name: 'A' }).getAttribute('href')).toBe('https://x.test/a');
    expect(screen.queryByRole('link', { name: 'B' })).toBeNull();
    expect(screen.getByText('B')).not.toBeNull();
  });

  it('links a URL with a rarer character reference once the complete table has loaded', async () => {
    render(
      <SourcePart
        part={{ type: 'source-url', sourceId: 's1', url: 'https://x.test/?s=&hearts;', title: 'C' }}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull(); // not trusted before the name is known
    expect((await screen.findByRole('link', { name: 'C' })).getAttribute('href')).toBe('https://x.test/?s=♥');
  });
});
