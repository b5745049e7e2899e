import type { UIMessage } from 'ai';

const TOPICS = [
  'revenue',
  'churn',
  'the Q3 report',
  'hiring',
  'the roadmap',
  'support tickets',
  'latency',
  'pricing',
];
const SNIPPETS = [
  'Here is a short summary with **bold** text and `inline code`.',
  '- first point\n- second point\n- third point',
  'See [the dashboard](https://example.com/dashboard) for details.',
  '| Region | Value |\n|---|---:|\n| North | 12 |\n| South | 9 |',
  '```ts\nconst total = rows.reduce((sum, row) => sum + row.value, 0);\n```',
  'Numbers look steady; nothing unusual this week.',
];

/**
 * A deterministic thread of `count` alternating user/assistant messages with 50–500 characters
 * of markdown each, for long-history stories and tests.
 */
export function sampleThread(count: number, idPrefix = 'm'): UIMessage[] {
  const messages: UIMessage[] = [];
  for (let index = 0; index < count; index++) {
    const topic = TOPICS[index % TOPICS.length];
    if (index % 2 === 0) {
      messages.push({
        id: `${idPrefix}${index}`,
        role: 'user',
        parts: [{ type: 'text', text: `Message ${index + 1}: what changed in ${topic}?` }],
      });
    } else {
      const paragraphs = 1 + (index % 4);
      let text = `**Message ${index + 1}.** About ${topic}:`;
      for (let p = 0; p < paragraphs; p++) text += `\n\n${SNIPPETS[(index + p) % SNIPPETS.length]}`;
      messages.push({
        id: `${idPrefix}${index}`,
        role: 'assistant',
        parts: [{ type: 'text', text, state: 'done' }],
      });
    }
  }
  return messages;
}
