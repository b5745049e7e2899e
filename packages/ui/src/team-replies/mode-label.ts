/** A readable label for a team chat mode id: `round-robin` → `Round robin`. */
export function modeLabel(mode: string): string {
  const words = mode.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : mode;
}

/** What each known mode does, for the picker's hint; unknown modes get none. */
export function modeDescription(mode: string): string | undefined {
  switch (mode) {
    case 'auto':
      return 'The team decides how to answer.';
    case 'brainstorm':
      return 'Every agent adds ideas.';
    case 'debate':
      return 'Agents argue different positions.';
    case 'round-robin':
      return 'Agents answer one after another.';
    default:
      return undefined;
  }
}
