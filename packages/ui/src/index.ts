export { cn } from './lib/cn.ts';
export { CodeBlock, type CodeBlockProps } from './markdown/code-block.tsx';
export { Markdown, type MarkdownProps } from './markdown/markdown.tsx';
export { BlockSplitter, type MarkdownBlock, type SplitResult } from './markdown/block-splitter.ts';
export { remend } from './markdown/remend.ts';
export { sanitizeImageUrl, sanitizeLinkUrl } from './markdown/sanitize-url.ts';
export { CopyButton, type CopyButtonProps } from './lib/copy-button.tsx';
export { type CopyToClipboardState, useCopyToClipboard } from './lib/use-copy-to-clipboard.ts';
