import { formatBytes } from './format-bytes.ts';

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
 * `position` is how many files are already attached.
 */
export function attachmentProblem(
  file: { name: string; size: number; type: string },
  limits: AttachmentLimits,
  position: number,
): string | undefined {
  if (position >= limits.maxFiles) {
    return `${file.name} was not added: you can attach at most ${limits.maxFiles} file${limits.maxFiles === 1 ? '' : 's'} to a message.`;
  }
  if (file.size > limits.maxFileBytes) {
    return `${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(limits.maxFileBytes)}.`;
  }
  if (!isAccepted(file, limits.accept)) {
    return `${file.name} is not a file type this agent accepts (${limits.accept?.join(', ')}).`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  return undefined;
}
