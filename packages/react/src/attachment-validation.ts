import { en } from './i18n/en.ts';
import { formatBytes } from './i18n/format.ts';
import type { AgentChatMessages } from './i18n/messages.ts';

/** Limits an attachment is checked against. */
export interface AttachmentLimits {
  maxFileBytes: number;
  /** MIME types (`image/*` wildcards) or extensions (`.pdf`); everything when absent. */
  accept?: string[];
  maxFiles: number;
}

/** Whether a file matches one of the accepted MIME types or extensions. */
export function isAccepted(file: { name: string; type: string }, accept: string[] | undefined): boolean {
  if (!accept || accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((rule) => {
    const pattern = rule.trim().toLowerCase();
    if (pattern.startsWith('.')) return name.endsWith(pattern);
    if (pattern.endsWith('/*')) return type.startsWith(pattern.slice(0, -1));
    return type === pattern;
  });
}

/**
 * Why a file cannot be attached, as a sentence a person can act on, or undefined when it can.
 * `position` is how many files are already attached; the sentence is in `locale` with `messages`.
 */
export function attachmentProblem(
  file: { name: string; size: number; type: string },
  limits: AttachmentLimits,
  position: number,
  locale = 'en',
  messages: AgentChatMessages = en,
): string | undefined {
  if (position >= limits.maxFiles) return messages.tooManyFiles(file.name, limits.maxFiles);
  if (file.size > limits.maxFileBytes) {
    const size = (bytes: number) => formatBytes(bytes, locale, messages.unknownSize);
    return messages.fileTooLarge(file.name, size(file.size), size(limits.maxFileBytes));
  }
  if (!isAccepted(file, limits.accept)) {
    return messages.fileTypeNotAccepted(
      file.name,
      new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(limits.accept ?? []),
    );
  }
  if (file.size === 0) return messages.fileEmpty(file.name);
  return undefined;
}
