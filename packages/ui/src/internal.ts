/**
 * `@agent-chat/ui/internal`: the building blocks behind the styled parts (incremental markdown
 * splitting, streaming repair, URL safety, scroll following), for the kit's own packages,
 * benchmarks and tests. Not part of the public API: names and shapes here may change in any
 * release. Apps use the components and hooks from `@agent-chat/ui`.
 */
export { BlockSplitter, type MarkdownBlock, type SplitResult } from './markdown/block-splitter.ts';
export { remend } from './markdown/remend.ts';
export { sanitizeImageUrl, sanitizeLinkUrl } from './markdown/sanitize-url.ts';
export {
  type StickToBottomOptions,
  type StickToBottomState,
  useStickToBottom,
} from './message-list/use-stick-to-bottom.ts';
