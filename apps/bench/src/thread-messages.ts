import type { UIMessage } from 'ai';

const snippets = [
  'Here is a **short** answer with `code` and a [link](https://example.com).',
  'A list:\n\n- first point about the stream\n- second point about rendering\n- third point',
  'Some more text that explains how the reply was produced, with *emphasis* and a number 42.',
  '```ts\nconst answer = 42;\n```',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
];

/** Ends the last message of a history, so a page can tell when it reached the DOM. */
export const historyEndMarker = 'END-OF-BENCH-HISTORY';

/** `count` alternating user/assistant messages of 50–500 characters of markdown. */
export function threadMessages(count: number): UIMessage[] {
  const messages: UIMessage[] = [];
  for (let index = 0; index < count; index++) {
    const parts: string[] = [];
    const target = 50 + ((index * 97) % 450);
    for (let piece = 0; parts.join('\n\n').length < target; piece++) {
      parts.push(snippets[(index + piece) % snippets.length] as string);
    }
    messages.push({
      id: `m${index}`,
      role: index % 2 === 0 ? 'user' : 'assistant',
      parts: [
        {
          type: 'text',
          text: `${index}. ${parts.join('\n\n')}${index === count - 1 ? `\n\n${historyEndMarker}` : ''}`,
        },
      ],
    });
  }
  return messages;
}
