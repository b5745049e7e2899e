import { useState } from 'react';

/** A plain composer for the `useChat` variants: a controlled textarea in a form, Enter sends. */
export function ChatComposer({ onSend }: { onSend: (text: string) => void }) {
  const [text, setText] = useState('');
  const submit = () => {
    if (!text.trim()) return;
    onSend(text);
    setText('');
  };
  return (
    <form
      style={{ display: 'flex', gap: 8, padding: 8, borderTop: '1px solid #ddd' }}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <textarea
        aria-label="Message"
        rows={1}
        value={text}
        style={{ flex: 1 }}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <button type="submit">Send</button>
    </form>
  );
}
