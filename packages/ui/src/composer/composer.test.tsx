import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileOfSize, useLocalAttachments } from '../test-support/use-local-attachments.ts';
import { Composer, type ComposerProps } from './composer.tsx';
import { ComposerSubmit } from './composer-submit.tsx';

afterEach(cleanup);

const MB = 1024 * 1024;

function WithAttachments(props: Omit<ComposerProps, 'attachments'> & { initial?: File[] }) {
  const attachments = useLocalAttachments(props.initial);
  return <Composer {...props} attachments={attachments} />;
}

function Controlled() {
  const [value, setValue] = React.useState('start');
  return (
    <Composer onSend={() => true} value={value} onValueChange={(next) => setValue(next.toUpperCase())} />
  );
}

const input = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });

describe('Composer', () => {
  it('sends on Enter, adds a line on Shift+Enter and ignores Enter while an IME composes', async () => {
    const onSend = vi.fn(() => true);
    render(<Composer onSend={onSend} />);
    type('Hello');
    fireEvent.keyDown(input(), { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(input(), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input(), { key: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.keyDown(input(), { key: 'Enter' });
    });
    expect(onSend).toHaveBeenCalledWith({ text: 'Hello', files: [] });
    // The draft leaves in a render of its own after the send's task; a second Enter meanwhile
    // does not send it again.
    fireEvent.keyDown(input(), { key: 'Enter' });
    await waitFor(() => expect(input().value).toBe(''));
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(input());
  });

  it('does not send an empty draft', () => {
    const onSend = vi.fn(() => true);
    render(<Composer onSend={onSend} />);
    type('   ');
    fireEvent.keyDown(input(), { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Send' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('turns Send into Stop while busy; Escape and the button stop and return focus to the textarea', () => {
    const onStop = vi.fn();
    render(<Composer onSend={() => true} onStop={onStop} isBusy />);
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(onStop).toHaveBeenCalledTimes(1);
    const stop = screen.getByRole('button', { name: 'Stop' });
    stop.focus();
    fireEvent.click(stop);
    expect(onStop).toHaveBeenCalledTimes(2);
    expect(document.activeElement).toBe(input());
  });

  it('keeps the draft and files when a send fails', async () => {
    const pdf = fileOfSize('notes.pdf', 1200);
    render(<WithAttachments onSend={() => false} initial={[pdf]} />);
    type('Summarise this');
    await act(async () => {
      fireEvent.keyDown(input(), { key: 'Enter' });
    });
    expect(input().value).toBe('Summarise this');
    expect(screen.getByRole('button', { name: 'Remove notes.pdf' })).not.toBeNull();
  });

  it('gives back a draft whose send fails after it left the composer, once', async () => {
    const pdf = fileOfSize('notes.pdf', 1200);
    let fail = () => {};
    const onSend = () => new Promise<boolean>((resolve) => (fail = () => resolve(false)));
    render(<WithAttachments onSend={onSend} initial={[pdf]} />);
    type('Summarise this');
    fireEvent.keyDown(input(), { key: 'Enter' });
    await waitFor(() => expect(input().value).toBe(''));
    expect(screen.queryByRole('button', { name: 'Remove notes.pdf' })).toBeNull();
    await act(async () => fail());
    expect(input().value).toBe('Summarise this');
    expect(screen.getAllByRole('button', { name: 'Remove notes.pdf' })).toHaveLength(1);
  });

  it('fills in a draft given back by the owner once', () => {
    const restored = vi.fn();
    const draft = { text: 'Lost words', files: [] };
    const { rerender } = render(<Composer onSend={() => true} draft={draft} onDraftRestored={restored} />);
    expect(input().value).toBe('Lost words');
    rerender(<Composer onSend={() => true} draft={draft} onDraftRestored={() => restored()} />);
    rerender(<Composer onSend={() => true} draft={undefined} onDraftRestored={restored} />);
    expect(restored).toHaveBeenCalledTimes(1);
    expect(input().value).toBe('Lost words');
  });

  it('blocks Send with a reason while an attachment has an error, until it is removed', async () => {
    const onSend = vi.fn(() => true);
    render(<WithAttachments onSend={onSend} initial={[fileOfSize('report.pdf', 30 * MB)]} />);
    type('See attached');
    expect(screen.getByText('report.pdf is 30 MB; the limit is 25 MB.')).not.toBeNull();
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(send.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('Remove the attachment with an error to send.');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove report.pdf' }));
    expect(document.activeElement).toBe(input());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    });
    expect(onSend).toHaveBeenCalledWith({ text: 'See attached', files: [] });
  });

  it('turns pasted files into attachments and opens the picker from "Attach files"', () => {
    render(<WithAttachments onSend={() => true} />);
    const png = new File(['x'], 'shot.png', { type: 'image/png' });
    fireEvent.paste(input(), { clipboardData: { files: [png], getData: () => '' } });
    expect(screen.getByRole('button', { name: 'Remove shot.png' })).not.toBeNull();
    const picker = document.querySelector<HTMLInputElement>('[data-slot="composer-file-input"]')!;
    const click = vi.spyOn(picker, 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Attach files' }));
    expect(click).toHaveBeenCalled();
    fireEvent.change(picker, { target: { files: [new File(['y'], 'data.csv', { type: 'text/csv' })] } });
    expect(screen.getByRole('button', { name: 'Remove data.csv' })).not.toBeNull();
  });

  it('names the missing root when a part is used outside <Composer>', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ComposerSubmit />)).toThrow('<ComposerSubmit> must be used inside <Composer>.');
  });

  it('can be controlled', () => {
    render(<Controlled />);
    type('abc');
    expect(input().value).toBe('ABC');
  });
});
