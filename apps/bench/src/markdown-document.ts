/**
 * A deterministic, realistic markdown document of about `size` characters: headings,
 * paragraphs with inline code, links and bold, bullet lists, GFM tables and fenced code in
 * several languages. It ends with `endMarker` so a page can tell when the last characters
 * reached the DOM.
 */
export const endMarker = 'END-OF-BENCH-DOCUMENT';

const words =
  'stream agent render frame parser token message delta chunk reply thread markdown table column latency buffer commit layout scroll virtual resume'.split(
    ' ',
  );

function sentence(seed: number): string {
  const length = 8 + (seed % 9);
  const parts: string[] = [];
  for (let index = 0; index < length; index++)
    parts.push(words[(seed * 7 + index * 13) % words.length] as string);
  const text = parts.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}`;
}

const codeSamples = [
  [
    'ts',
    'export function add(a: number, b: number): number {\n  return a + b;\n}\n\nconst total = [1, 2, 3].reduce(add, 0);',
  ],
  [
    'python',
    'def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\nprint(fib(30))',
  ],
  ['json', '{\n  "model": "mock-1",\n  "temperature": 0.4,\n  "tools": ["web_research", "kb_qa"]\n}'],
  ['bash', 'pnpm install --frozen-lockfile\npnpm build && pnpm test'],
  ['css', '.chat {\n  display: grid;\n  grid-template-rows: 1fr auto;\n  height: 100dvh;\n}'],
] as const;

function section(index: number): string {
  const blocks: string[] = [`## Section ${index + 1}: ${sentence(index)}`];
  blocks.push(
    `${sentence(index + 1)} with \`inline code ${index}\`, a [link](https://example.com/docs/${index}) and **bold text**. ${sentence(index + 2)}. ${sentence(index + 3)}.`,
  );
  blocks.push([1, 2, 3, 4].map((item) => `- ${sentence(index + item * 5)} (*item ${item}*)`).join('\n'));
  if (index % 2 === 0) {
    const rows = [0, 1, 2, 3, 4].map(
      (row) => `| ${words[(index + row) % words.length]} | ${index * 10 + row} | ${(row * 1.5).toFixed(2)} |`,
    );
    blocks.push(['| name | count | ratio |', '| --- | ---: | ---: |', ...rows].join('\n'));
  }
  const [language, code] = codeSamples[index % codeSamples.length] ?? codeSamples[0];
  blocks.push(`\`\`\`${language}\n${code}\n\`\`\``);
  blocks.push(`> ${sentence(index + 4)}.`);
  blocks.push(`1. ${sentence(index + 6)}\n2. ${sentence(index + 7)}\n3. ${sentence(index + 8)}`);
  return blocks.join('\n\n');
}

/** The document, `size` characters long (± one section), ending with the end marker. */
export function markdownDocument(size: number): string {
  const sections: string[] = ['# Benchmark reply'];
  let length = sections[0]?.length ?? 0;
  for (let index = 0; length < size - 200; index++) {
    const next = section(index);
    sections.push(next);
    length += next.length + 2;
  }
  sections.push(`The document ends here: ${endMarker}`);
  return sections.join('\n\n');
}
