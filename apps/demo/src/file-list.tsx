import { formatBytes, useConversationFiles } from '@agent-chat/react';
import * as React from 'react';

/** Props of `FileList`. */
export interface FileListProps {
  conversationId: string | undefined;
}

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give the browser a moment before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The conversation's file space (uploads and the agent's outputs), each with a Download button. */
export function FileList({ conversationId }: FileListProps) {
  const { files, isLoading, error, download, refetch } = useConversationFiles(conversationId);
  const [downloadError, setDownloadError] = React.useState<string | undefined>();

  if (!conversationId) {
    return <p className="text-sm text-muted-foreground">Start a conversation; its files appear here.</p>;
  }
  return (
    <section aria-label="Files" className="grid gap-2">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">Files of this conversation</h2>
        <button type="button" className="demo-button" onClick={() => refetch()}>
          Refresh
        </button>
      </div>
      {isLoading ? (
        <p role="status" className="text-sm text-muted-foreground">
          Loading files…
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          Could not list files: {error.message}
        </p>
      ) : null}
      {downloadError ? (
        <p role="alert" className="text-sm text-destructive">
          {downloadError}
        </p>
      ) : null}
      {!isLoading && !error && files.length === 0 ? (
        <p className="text-sm text-muted-foreground">
          No files yet. Drop one on the conversation to send it.
        </p>
      ) : null}
      <ul className="grid gap-1">
        {files.map((file) => (
          <li
            key={file.ref}
            className="flex items-center gap-2 rounded-md border border-border px-2 py-1 text-sm"
          >
            <span className="min-w-0 flex-1 truncate">{file.name}</span>
            {file.size !== undefined ? (
              <span className="text-muted-foreground">{formatBytes(file.size)}</span>
            ) : null}
            <button
              type="button"
              className="demo-button"
              aria-label={`Download ${file.name}`}
              onClick={() => {
                setDownloadError(undefined);
                download(file.ref).then(
                  (blob) => saveBlob(blob, file.name),
                  (reason: unknown) =>
                    setDownloadError(
                      `Could not download ${file.name}: ${reason instanceof Error ? reason.message : String(reason)}`,
                    ),
                );
              }}
            >
              Download
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
