import type { UIMessage } from 'ai';

const url = `https://example.com/reports/quarterly/${'very-long-segment-'.repeat(8)}summary.pdf`;
const word = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung'.repeat(2);

/**
 * A short thread with the content that breaks narrow layouts: an unbroken word, a long URL, wide
 * code, a wide table, inline code in a user bubble. For the reflow and forced-colours checks.
 */
export const STRESS_THREAD: UIMessage[] = [
  {
    id: 's1',
    role: 'user',
    parts: [{ type: 'text', text: `Can you read ${url} and explain \`${word.slice(0, 40)}\`?` }],
  },
  {
    id: 's2',
    role: 'assistant',
    parts: [
      {
        type: 'text',
        text: [
          `The word ${word} is one token with no place to break.`,
          `Source: [${url}](${url}) and the bare link ${url}`,
          '```ts',
          `const totals = rows.map((row) => ({ ...row, total: row.values.reduce((sum, value) => sum + value, 0) })).filter((row) => row.total > 1000);`,
          '```',
          `| ${Array.from({ length: 10 }, (_, index) => `Column ${index + 1}`).join(' | ')} |`,
          `|${'---|'.repeat(10)}`,
          `| ${Array.from({ length: 10 }, (_, index) => `value-${index}-${'x'.repeat(12)}`).join(' | ')} |`,
        ].join('\n\n'),
      },
    ],
  },
  { id: 's3', role: 'user', parts: [{ type: 'text', text: 'Thanks! Anything else?' }] },
  {
    id: 's4',
    role: 'assistant',
    parts: [{ type: 'text', text: 'Nothing else stands out. Ask again when the next report is in.' }],
  },
];
