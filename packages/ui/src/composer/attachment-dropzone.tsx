import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { useDropzone } from 'react-dropzone';
import { cn } from '../lib/cn.ts';

/** Props of `AttachmentDropzone`. */
export interface AttachmentDropzoneProps extends Omit<React.ComponentProps<'div'>, 'onDrop'> {
  /** Called with every dropped file; validation (size, type, count) is the attachments' job. */
  onFiles(files: File[]): void;
  disabled?: boolean;
  /** Text of the overlay shown while files are dragged over; `dropFilesToAttach` of the messages by default. */
  label?: string;
}

/**
 * Makes its children a drop target for files, with a visible "Drop files to attach" overlay
 * while dragging. Pointer-only by nature: keyboard users attach with the composer's button.
 * @example <AttachmentDropzone onFiles={attachments.add}><MessageList … /></AttachmentDropzone>
 */
export function AttachmentDropzone({
  onFiles,
  disabled = false,
  label,
  className,
  children,
  ...props
}: AttachmentDropzoneProps) {
  const t = useMessages();
  const { getRootProps, isDragActive } = useDropzone({
    // Rejected files are passed on too, so each gets a chip that says what is wrong with it.
    onDrop: (accepted, rejected) => {
      const files = [...accepted, ...rejected.map((rejection) => rejection.file)];
      if (files.length > 0) onFiles(files);
    },
    noClick: true,
    noKeyboard: true,
    // The composer handles paste itself.
    noPaste: true,
    disabled,
  });
  // The root must not become focusable or take a role: it only listens for drag events.
  const { tabIndex: _tabIndex, role: _role, ...rootProps } = getRootProps();
  return (
    <div
      data-slot="attachment-dropzone"
      data-state={isDragActive ? 'dragging' : 'idle'}
      className={cn('relative flex min-h-0 flex-col', className)}
      {...rootProps}
      {...props}
    >
      {children}
      {isDragActive ? (
        <div
          data-slot="attachment-dropzone-overlay"
          className="pointer-events-none absolute inset-2 z-20 flex items-center justify-center rounded-bubble border-2 border-dashed border-primary bg-background/90 text-base font-medium text-foreground"
        >
          {label ?? t.dropFilesToAttach}
        </div>
      ) : null}
    </div>
  );
}
