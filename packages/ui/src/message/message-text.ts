import type { UIMessage } from 'ai';

/** The plain text of a message: its text parts joined by blank lines (what Copy puts on the clipboard). */
export function messageText(message: UIMessage): string {
  const texts: string[] = [];
  for (const part of message.parts) if (part.type === 'text' && part.text) texts.push(part.text);
  return texts.join('\n\n');
}
