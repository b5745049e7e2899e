/** The default reply: the markdown a real agent sends (heading, emphasis, code, a link, a list, a table, a fence). */
export const defaultReply = `## Here is what I found

The **agent-chat** kit reads each platform's stream into AI SDK chunks, so a reply like this one
renders as it arrives. Inline \`code\`, a [link to the AI SDK docs](https://ai-sdk.dev/docs) and *emphasis* work too.

- Messages stream token by token
- Tool calls, reasoning and sources have their own parts
- A dropped connection resumes where it stopped

| Platform | Stream format | Resume |
| --- | --- | --- |
| Noxus v1 | AI SDK frames | \`events?etag=\` |
| Agents v2 | SSE deltas | \`Last-Event-ID\` |
| Chat API | \`{"type":"text"}\` | — |

\`\`\`ts
const backend = noxusV1({ baseUrl: '/agent-chat' });
const { messages, send } = useConversation(conversationId);
\`\`\`

Send \`/help\` to see every scenario this mock server can play.`;

const topics = ['streaming', 'rendering', 'resuming', 'paging', 'virtualizing', 'validating', 'proxying'];

function block(index: number): string {
  const topic = topics[index % topics.length] as string;
  switch (index % 4) {
    case 0:
      return `### Part ${index + 1}: ${topic}\n\nThis section explains **${topic}** with \`inline code\` and a [reference](https://example.com/${topic}/${index}).`;
    case 1:
      return `- ${topic} keeps the main thread free\n- item ${index} of the list\n- the tail block is the only one parsed again`;
    case 2:
      return `| step | ${topic} |\n| --- | ---: |\n| ${index} | ${index * 3} |\n| ${index + 1} | ${index * 3 + 1} |`;
    default:
      return `\`\`\`js\nconsole.log('${topic}', ${index});\n\`\`\``;
  }
}

/**
 * A deterministic markdown document of exactly `size` characters, block by block: a reply of
 * millions of characters is generated as it is sent, never held whole.
 */
export function* longMarkdownPieces(size: number): Generator<string> {
  let length = 0;
  for (let index = 0; length < size; index++) {
    const piece = (index === 0 ? '' : '\n\n') + block(index);
    const room = size - length;
    yield piece.length > room ? piece.slice(0, room) : piece;
    length += Math.min(piece.length, room);
  }
}

/** A deterministic markdown document of `size` characters (the pieces of `longMarkdownPieces`, joined). */
export function longMarkdown(size: number): string {
  return [...longMarkdownPieces(Math.max(0, size))].join('');
}

/** The `/help` reply. */
export const helpText = `The mock server picks a scenario from your message:

| message | reply |
| --- | --- |
| anything else | a markdown reply (headings, a list, a table, code) |
| \`/reasoning\` | reasoning, then the answer |
| \`/tool\` | a tool call with streamed input, then its output |
| \`/tool-error\` | a tool call that fails |
| \`/approval\` | a tool call waiting for your approval |
| \`/sources\` | an answer citing sources |
| \`/file\` | a file part (an image) and a CSV in the conversation's files |
| \`/data\` | \`data-*\` parts (one replaced by id, one transient) |
| \`/dataframe\` | makes a 500-row data frame \`sales\` |
| \`/dataframe-large\` | makes a 1,000,000-row data frame \`events\` (rows computed on demand) |
| \`/long <chars> [<deltas per second>]\` | a long markdown reply; rate 0 is as fast as possible |
| \`/error\` | some text, then an error |
| \`/500\` | the server fails with HTTP 500 before replying |
| \`/cut\` | the connection drops midway; the reply goes on and can be resumed |
| \`/slow [ms]\` | the first token after a delay (default 3000 ms) |
| \`/help\` | this table |`;
