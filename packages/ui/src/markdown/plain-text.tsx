import * as React from 'react';

const CHUNK = 4096;

/**
 * Very long text rendered without parsing, in fixed chunks: as the text grows only the last
 * chunk changes, so React and the browser redo a few kilobytes per update, not the whole run.
 */
export function PlainText({ text }: { text: string }) {
  const chunks: React.ReactNode[] = [];
  for (let start = 0; start < text.length; start += CHUNK) {
    chunks.push(<PlainTextChunk key={start} text={text.slice(start, start + CHUNK)} />);
  }
  return (
    <span data-slot="markdown-plain-text" className="whitespace-pre-wrap break-words">
      {chunks}
    </span>
  );
}

const PlainTextChunk = React.memo(function PlainTextChunk({ text }: { text: string }) {
  return text;
});
