/** A markdown document touching every GFM feature the renderer supports, for tests and stories. */
export const GFM_SAMPLE = `# Quarterly report

The **revenue** grew by _12%_ and ~~shrank~~ grew again; see \`report.csv\` and [the dashboard](https://example.com/dash).
Autolinks work too: https://example.com/auto and <team@example.com>.

## Tasks

- [x] Collect the numbers
- [ ] Write the summary
- Plain item with **bold**

1. First
2. Second
   - nested item

> Quoted text with a [relative link](/docs/start).

| Region | Sales | Change |
|:-------|------:|:------:|
| North  | 1,200 | +4%    |
| South  |   980 | -2%    |

\`\`\`ts
export function add(a: number, b: number): number {
  return a + b;
}
\`\`\`

---

Final paragraph with a line break  
after two spaces.
`;

/** Builds a long realistic markdown document (headings, prose, lists, tables, code) of about `length` characters. */
export function longMarkdown(length: number): string {
  const sections: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const section = `## Section ${i}

Paragraph ${i} explains the \`step_${i}\` with **bold words**, a [link](https://example.com/${i}) and _emphasis_ across a sentence that is long enough to wrap.

- point one of ${i}
- point two with \`code\`

| key | value |
|-----|-------|
| a${i} | ${i * 3} |

\`\`\`python
def f${i}(x):
    return x * ${i}
\`\`\`

`;
    sections.push(section);
    size += section.length;
  }
  return sections.join('').slice(0, length);
}
