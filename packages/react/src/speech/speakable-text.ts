/**
 * The words of a markdown reply as a voice should say them: no markup characters, links read by
 * their text, images by their alt text, code blocks left out (symbols read one by one help no
 * one; the reader can still see them), tables as their cells. Not a markdown parser: a handful
 * of line and inline rules that cover what agents write.
 */
export function speakableText(markdown: string): string {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const raw of markdown.split(/\r?\n/)) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fenceMark !== undefined) {
      // A closing fence uses the same character, at least as many times as the opening one.
      if (fence === undefined) fence = fenceMark;
      else if (fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    lines.push(speakableLine(raw));
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function speakableLine(line: string): string {
  // A table's divider row (| --- | :-: |) and a thematic break (---, ***) say nothing.
  if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return '';
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
  let text = line
    .replace(/^\s{0,3}#{1,6}\s+/, '') // heading marks
    .replace(/^\s*(>\s?)+/, '') // block quotes
    .replace(/^\s*[-*+]\s+\[[ xX]\]\s+/, '') // task list boxes
    .replace(/^\s*[-*+]\s+/, ''); // bullets (numbered items keep their numbers)
  if (/^\s*\|.*\|\s*$/.test(text)) {
    text = text
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim())
      .join(', ');
  }
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/<\/?[a-zA-Z][^>]*>/g, '') // inline HTML tags
    .replace(/`+([^`]*)`+/g, '$1') // inline code keeps its words
    .replace(/(\*\*|__)(.+?)\1/g, '$2') // bold
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(\S(?:.*?\S)?)\2(?![\p{L}\p{N}])/gu, '$1$3') // italics, not snake_case
    .replace(/~~(.+?)~~/g, '$1') // strikethrough
    .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1'); // escaped characters
}

/**
 * `text` cut into pieces of at most `max` characters at sentence ends (or, in a sentence longer
 * than that, at spaces), because some browsers fall silent partway through a long utterance.
 */
export function speechChunks(text: string, max = 220): string[] {
  const sentences = text.match(/[^.!?…。؟\n]+(?:[.!?…。؟]+|\n+|$)/g) ?? [];
  const chunks: string[] = [];
  let current = '';
  const push = (piece: string) => {
    const next = current ? `${current} ${piece}` : piece;
    if (next.length <= max) {
      current = next;
      return;
    }
    if (current) chunks.push(current);
    current = piece;
  };
  for (const sentence of sentences) {
    const trimmed = sentence.trim();
    if (!trimmed) continue;
    if (trimmed.length <= max) {
      push(trimmed);
      continue;
    }
    for (const word of trimmed.split(/\s+/)) push(word);
  }
  if (current) chunks.push(current);
  return chunks;
}
