/**
 * The title a Mermaid diagram gives itself, for its accessible name: `accTitle: …`, a
 * front-matter `title: …`, or a `title …` line (pie charts, Gantt charts, journeys).
 */
export function diagramTitle(source: string): string | undefined {
  const match = /^[ \t]*(?:accTitle[ \t]*:|title[ \t]*:?)[ \t]*(\S[^\n]*)$/m.exec(source);
  return match?.[1]?.trim() || undefined;
}
