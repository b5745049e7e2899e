import { useMessages } from '@agent-chat/react';
import type { Token, Tokens } from 'marked';
import * as React from 'react';
import { cn } from '../lib/cn.ts';
import { CodeBlock } from './code-block.tsx';
import type { PlainTextToken } from './lex.ts';
import { MarkdownDiagram } from './markdown-diagram.tsx';
import { MarkdownMath } from './markdown-math.tsx';
import type { MathToken } from './math-tokens.ts';
import { PlainText } from './plain-text.tsx';
import { type InlineRenderOptions, MAX_DEPTH, renderInline } from './render-inline.tsx';

/**
 * How a block renders: whether its code may be highlighted, whether its formulas and diagrams
 * may be drawn (not on the streaming tail, which shows their source) and whether it is still
 * streaming.
 */
export interface BlockRenderOptions extends InlineRenderOptions {
  highlight: boolean;
  streaming: boolean;
}

const HEADING_CLASS: Record<number, string> = {
  1: 'mt-6 mb-3 text-2xl font-semibold tracking-tight',
  2: 'mt-6 mb-3 text-xl font-semibold tracking-tight',
  3: 'mt-5 mb-2 text-lg font-semibold',
  4: 'mt-4 mb-2 text-base font-semibold',
  5: 'mt-4 mb-2 text-sm font-semibold',
  6: 'mt-4 mb-2 text-sm font-semibold text-muted-foreground',
};

/** Renders one block token (and its children) to React elements. */
export function renderBlock(
  token: Token,
  key: React.Key,
  options: BlockRenderOptions,
  depth = 0,
): React.ReactNode {
  if (depth > MAX_DEPTH) return <PlainText key={key} text={token.raw} />;
  const t = token as Tokens.Generic;
  switch (t.type) {
    case 'space':
    case 'def':
    case 'checkbox':
      return null;
    case 'paragraph':
      return (
        <p key={key} dir="auto" data-slot="markdown-paragraph" className="my-3 first:mt-0 last:mb-0">
          {renderInline(t.tokens, depth + 1, options)}
        </p>
      );
    case 'text':
      // Block-level text (tight list items) carries its inline tokens.
      return (
        <React.Fragment key={key}>
          {t.tokens ? renderInline(t.tokens, depth + 1, options) : t.text}
        </React.Fragment>
      );
    case 'plain-text':
      return (
        <p key={key} dir="auto" data-slot="markdown-paragraph" className="my-3 first:mt-0 last:mb-0">
          <PlainText text={(t as PlainTextToken).text} />
        </p>
      );
    case 'math':
      return <MarkdownMath key={key} token={t as MathToken} typeset={options.typeset} block />;
    case 'heading': {
      const heading = t as Tokens.Heading;
      const Tag = `h${Math.min(Math.max(heading.depth, 1), 6)}` as 'h1';
      return (
        <Tag
          key={key}
          dir="auto"
          data-slot="markdown-heading"
          className={cn(HEADING_CLASS[heading.depth], 'first:mt-0')}
        >
          {renderInline(heading.tokens, depth + 1, options)}
        </Tag>
      );
    }
    case 'code': {
      const code = t as Tokens.Code;
      const language = code.lang?.trim().split(/\s+/)[0] || undefined;
      // An unclosed fence at the end of a streaming text is code still being written.
      const open = options.streaming && code.codeBlockStyle !== 'indented' && !isClosedFence(code.raw);
      if (language?.toLowerCase() === 'mermaid' && options.typeset && !open) {
        return <MarkdownDiagram key={key} source={code.text} />;
      }
      return (
        <CodeBlock
          key={key}
          code={code.text}
          language={language}
          highlight={options.highlight}
          streaming={open}
        />
      );
    }
    case 'blockquote':
      return (
        <blockquote
          key={key}
          dir="auto"
          data-slot="markdown-blockquote"
          className="my-3 border-s-4 border-border ps-4 text-muted-foreground"
        >
          {(t as Tokens.Blockquote).tokens.map((child, i) => renderBlock(child, i, options, depth + 1))}
        </blockquote>
      );
    case 'list':
      return renderList(t as Tokens.List, key, options, depth);
    case 'table':
      return renderTable(t as Tokens.Table, key, options, depth);
    case 'hr':
      return <hr key={key} data-slot="markdown-rule" className="my-6 border-border" />;
    case 'html':
      // Raw HTML blocks are shown as their source text, never parsed into DOM.
      return (
        <p key={key} dir="auto" data-slot="markdown-html" className="my-3 whitespace-pre-wrap break-words">
          {t.raw.trimEnd()}
        </p>
      );
    default:
      return <PlainText key={key} text={t.raw} />;
  }
}

/** Whether a fenced code token's source ends with its closing fence. */
function isClosedFence(raw: string): boolean {
  const opener = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
  const body = raw.trimEnd();
  const lastLine = body.slice(body.lastIndexOf('\n') + 1).trim();
  if (!opener || body.indexOf('\n') === -1) return false;
  return lastLine.length >= opener.length && /^(`+|~+)$/.test(lastLine) && lastLine[0] === opener[0];
}

/** The read-only checkbox of a task list item, named in the locale. */
function TaskCheckbox({ checked }: { checked: boolean }) {
  const t = useMessages();
  return (
    <input
      type="checkbox"
      data-slot="markdown-task-checkbox"
      checked={checked}
      disabled
      readOnly
      aria-label={checked ? t.taskDone : t.taskNotDone}
      className="me-2 -ms-5 align-middle accent-primary"
    />
  );
}

function renderList(list: Tokens.List, key: React.Key, options: BlockRenderOptions, depth: number) {
  const items = list.items.map((item, i) => {
    const children = item.tokens.map((child, j) => renderBlock(child, j, options, depth + 2));
    if (!item.task) {
      return (
        // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity of parsed rows and items
        <li key={i} dir="auto" data-slot="markdown-list-item" className="my-1 ps-1">
          {children}
        </li>
      );
    }
    return (
      <li
        // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity of parsed rows and items
        key={i}
        dir="auto"
        data-slot="markdown-list-item"
        data-task={item.checked ? 'done' : 'open'}
        className="my-1 list-none"
      >
        <TaskCheckbox checked={!!item.checked} />
        {children}
      </li>
    );
  });
  const className = cn('my-3 ps-6', list.loose && '[&>li]:my-2');
  if (list.ordered) {
    return (
      <ol
        key={key}
        data-slot="markdown-list"
        start={typeof list.start === 'number' && list.start !== 1 ? list.start : undefined}
        className={cn(className, 'list-decimal')}
      >
        {items}
      </ol>
    );
  }
  return (
    <ul key={key} data-slot="markdown-list" className={cn(className, 'list-disc')}>
      {items}
    </ul>
  );
}

const ALIGN_CLASS = { left: 'text-left', center: 'text-center', right: 'text-right' } as const;

function renderTable(table: Tokens.Table, key: React.Key, options: BlockRenderOptions, depth: number) {
  // Alignment the author wrote is kept as written; unaligned cells follow the text direction.
  const align = (value: Tokens.TableCell['align']) => (value ? ALIGN_CLASS[value] : 'text-start');
  return (
    <div key={key} data-slot="markdown-table-wrapper" className="my-3 w-full overflow-x-auto">
      <table data-slot="markdown-table" className="w-full border-collapse text-sm">
        <thead data-slot="markdown-table-head">
          <tr data-slot="markdown-table-row" className="border-b border-border">
            {table.header.map((cell, i) => (
              <th
                // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity of parsed rows and items
                key={i}
                dir="auto"
                data-slot="markdown-table-header-cell"
                scope="col"
                className={cn('px-3 py-2 font-semibold', align(cell.align))}
              >
                {renderInline(cell.tokens, depth + 1, options)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody data-slot="markdown-table-body">
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity of parsed rows and items
            <tr key={r} data-slot="markdown-table-row" className="border-b border-border last:border-0">
              {row.map((cell, i) => (
                <td
                  // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity of parsed rows and items
                  key={i}
                  dir="auto"
                  data-slot="markdown-table-cell"
                  className={cn('px-3 py-2 align-top', align(cell.align))}
                >
                  {renderInline(cell.tokens, depth + 1, options)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
