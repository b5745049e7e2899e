import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleThread } from '../test-support/sample-thread.ts';
import { MessageList } from './message-list.tsx';

afterEach(cleanup);

const rowSelector = '[data-slot="message-list-row"]';

describe('MessageList layout in Chromium', () => {
  it('paints the first screenful of a long thread alone; the rows above it follow', async () => {
    const { getByRole } = render(
      <div style={{ height: 480, display: 'flex', flexDirection: 'column' }}>
        <MessageList messages={sampleThread(200)} status="ready" />
      </div>,
    );
    const log = getByRole('log');
    const top = () => log.getBoundingClientRect().top;
    const above = () =>
      [...log.querySelectorAll(rowSelector)].filter((row) => row.getBoundingClientRect().bottom <= top());
    // The newest message is in view, and no row is rendered wholly above the view yet.
    await waitFor(() => expect(log.textContent).toContain('Message 200 of 200'));
    const first = log.querySelectorAll(rowSelector).length;
    expect(first).toBeGreaterThan(0);
    expect(above()).toHaveLength(0);
    // Once that has been drawn, rows just out of view render too, ready for scrolling up.
    await waitFor(() => expect(above().length).toBeGreaterThan(0));
    expect(log.querySelectorAll(rowSelector).length).toBeGreaterThan(first);
  });
});
