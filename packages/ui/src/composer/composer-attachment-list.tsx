import { useMessages } from '@agent-chat/react';
import type * as React from 'react';
import { cn } from '../lib/cn.ts';
import { AttachmentChip } from './attachment-chip.tsx';
import { useComposerContext } from './composer-context.tsx';

/**
 * The chips of the composer's attachments; removing one (or cancelling its upload) moves focus to
 * the textarea so keyboard users are not left on a vanished button. Renders nothing without attachments. Must sit inside <Composer>.
 */
export function ComposerAttachmentList({ className, ...props }: React.ComponentProps<'ul'>) {
  const { attachments, focusInput } = useComposerContext('ComposerAttachmentList');
  const t = useMessages();
  if (!attachments || attachments.items.length === 0) return null;
  return (
    <ul
      data-slot="composer-attachments"
      aria-label={t.attachmentsLabel}
      className={cn('flex flex-wrap gap-2', className)}
      {...props}
    >
      {attachments.items.map((item) => (
        <AttachmentChip
          key={item.id}
          attachment={item}
          onRemove={(id) => {
            attachments.remove(id);
            focusInput();
          }}
          onRetry={attachments.retry ? (id) => attachments.retry?.(id) : undefined}
        />
      ))}
    </ul>
  );
}
