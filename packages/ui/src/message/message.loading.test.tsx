import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assistantMarkdown, reasoningDone, toolMessages } from '../test-support/message-fixtures.ts';
import { preloadMessageParts } from './lazy-parts.tsx';
import { Message } from './message.tsx';

// Each lazily loaded part counts its loads; nothing else in this file imports them.
const loads = vi.hoisted(() => ({ tool: 0, reasoning: 0 }));
vi.mock('./tool-part.tsx', async (importOriginal) => {
  loads.tool++;
  return importOriginal();
});
vi.mock('./reasoning-part.tsx', async (importOriginal) => {
  loads.reasoning++;
  return importOriginal();
});

afterEach(cleanup);

describe('Message loading what a part needs', () => {
  it('loads the tool card and the reasoning panel only for a message that has them', async () => {
    render(<Message message={assistantMarkdown} />);
    // Every import the render started has settled: a load it began would have counted by now.
    await vi.dynamicImportSettled();
    expect(loads).toEqual({ tool: 0, reasoning: 0 });

    render(<Message message={toolMessages['output-available']!} />);
    expect(await screen.findByRole('button', { name: /getSales/ })).toBeTruthy();
    expect(loads).toEqual({ tool: 1, reasoning: 0 });

    render(<Message message={reasoningDone} />);
    expect(await screen.findByRole('button', { name: /Thought for a few seconds/ })).toBeTruthy();
    expect(loads).toEqual({ tool: 1, reasoning: 1 });
  });

  it('shows a part at once once preloadMessageParts has loaded it', async () => {
    await preloadMessageParts();
    render(<Message message={toolMessages['approval-requested']!} onToolApproval={() => {}} />);
    expect(screen.getByRole('button', { name: 'Approve' })).toBeTruthy(); // in the first render
    expect(loads).toEqual({ tool: 1, reasoning: 1 });
  });
});
