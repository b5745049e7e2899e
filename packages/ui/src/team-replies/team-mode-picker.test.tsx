import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamModePicker } from './team-mode-picker.tsx';
import { TeamReplyCard } from './team-reply-card.tsx';

afterEach(cleanup);

describe('TeamModePicker', () => {
  it('offers every mode as a radio and reports the choice', () => {
    const onValueChange = vi.fn();
    render(
      <TeamModePicker
        modes={['auto', 'brainstorm', 'round-robin']}
        value="auto"
        onValueChange={onValueChange}
      />,
    );
    screen.getByRole('radiogroup', { name: 'Mode' });
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.textContent)).toEqual(['Auto', 'Brainstorm', 'Round robin']);
    expect(radios[0]?.getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('The team decides how to answer.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Round robin' }));
    expect(onValueChange).toHaveBeenCalledWith('round-robin');
  });
});

describe('TeamReplyCard', () => {
  it('renders the agent name as the heading and the content as markdown', () => {
    render(<TeamReplyCard title="Researcher" content={'**Bold** idea\n\n- one\n- two'} />);
    const card = screen.getByRole('article', { name: 'Researcher' });
    expect(card.querySelector('h3')?.textContent).toBe('Researcher');
    expect(card.querySelector('strong')?.textContent).toBe('Bold');
    expect(card.querySelectorAll('li')).toHaveLength(2);
  });

  it('never renders raw HTML from an agent', () => {
    render(<TeamReplyCard title="Agent" content={'<img src=x onerror="alert(1)"> hi'} />);
    expect(screen.getByRole('article').querySelector('img')).toBeNull();
  });
});
