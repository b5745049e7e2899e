import type { Token, Tokens } from 'marked';
import type * as React from 'react';
import { decodeText } from './decode-references.ts';
import { imageMayLoad, useImagePolicy } from './image-policy.tsx';
import type { PlainTextToken } from './lex.ts';
import { MarkdownMath } from './markdown-math.tsx';
import type { MathToken } from './math-tokens.ts';
import { PlainText } from './plain-text.tsx';
import { isExternalUrl, sanitizeImageUrl, sanitizeLinkUrl } from './sanitize-url.ts';

/** Nesting beyond this renders as text: it bounds recursion on adversarial input. */
export const MAX_DEPTH = 24;

/** How inline tokens render: whether formulas may be typeset (not on the streaming tail). */
export interface InlineRenderOptions {
  typeset: boolean;
  /**
   * Called when a text or URL holds a named character reference only the complete table decodes
   * (see decode-references.ts): it shows as written, and a URL is refused, until that has loaded.
   */
  onUnresolvedReference?: () => void;
}

const TYPESET: InlineRenderOptions = { typeset: true };

/** Renders inline tokens to React elements. Raw HTML is shown as text, never parsed. */
export function renderInline(
  tokens: Token[] | undefined,
  depth = 0,
  options: InlineRenderOptions = TYPESET,
): React.ReactNode[] {
  if (!tokens) return [];
  return tokens.map((token, index) => renderInlineToken(token, index, depth, options));
}

function renderInlineToken(
  token: Token,
  key: number,
  depth: number,
  options: InlineRenderOptions,
): React.ReactNode {
  if (depth > MAX_DEPTH) return token.raw;
  const t = token as Tokens.Generic;
  switch (t.type) {
    case 'text':
      return t.tokens ? (
        <span key={key} data-slot="markdown-text">
          {renderInline(t.tokens, depth + 1, options)}
        </span>
      ) : (
        shownText((t as Tokens.Text).text, options)
      );
    case 'escape':
      return (t as Tokens.Escape).text;
    case 'html':
      // Inline HTML (`<b>`, `<img onerror=…>`) is shown literally.
      return t.raw;
    case 'plain-text':
      return <PlainText key={key} text={(t as PlainTextToken).text} />;
    case 'math':
      return <MarkdownMath key={key} token={t as MathToken} typeset={options.typeset} />;
    case 'strong':
      return (
        <strong key={key} data-slot="markdown-strong" className="font-semibold">
          {renderInline(t.tokens, depth + 1, options)}
        </strong>
      );
    case 'em':
      return (
        <em key={key} data-slot="markdown-emphasis">
          {renderInline(t.tokens, depth + 1, options)}
        </em>
      );
    case 'del':
      return (
        <del key={key} data-slot="markdown-strikethrough">
          {renderInline(t.tokens, depth + 1, options)}
        </del>
      );
    case 'codespan':
      return (
        <code
          key={key}
          data-slot="markdown-inline-code"
          className="rounded bg-code px-1 py-0.5 font-mono text-[0.9em] text-code-foreground"
        >
          {(t as Tokens.Codespan).text}
        </code>
      );
    case 'br':
      return <br key={key} />;
    case 'link':
      return renderLink(t as Tokens.Link, key, depth, options);
    case 'image':
      return renderImage(t as Tokens.Image, key, options);
    case 'checkbox':
      return null; // rendered by the list item
    default:
      return t.raw;
  }
}

// marked leaves character references encoded in its tokens (it expects to print HTML).

/** A text token's words, decoded; a name awaiting the complete table shows as written. */
function shownText(text: string, options: InlineRenderOptions): string {
  const decoded = decodeText(text);
  if (!decoded.complete) options.onUnresolvedReference?.();
  return decoded.text;
}

/** A token's URL decoded and sanitised; refused while a name in it awaits the complete table. */
function safeUrl(
  href: string,
  sanitizeUrl: (url: string, onUnresolved?: () => void) => string | undefined,
  options: InlineRenderOptions,
): string | undefined {
  const decoded = decodeText(href);
  if (decoded.complete) return sanitizeUrl(decoded.text, options.onUnresolvedReference);
  options.onUnresolvedReference?.();
  return undefined;
}

function renderLink(
  token: Tokens.Link,
  key: number,
  depth: number,
  options: InlineRenderOptions,
): React.ReactNode {
  const href = safeUrl(token.href, sanitizeLinkUrl, options);
  const children = token.tokens?.length ? renderInline(token.tokens, depth + 1, options) : token.text;
  if (href === undefined) {
    return (
      <span key={key} data-slot="markdown-link-blocked">
        {children}
      </span>
    );
  }
  const external = isExternalUrl(href);
  return (
    <a
      key={key}
      data-slot="markdown-link"
      href={href}
      title={token.title ?? undefined}
      target={external ? '_blank' : undefined}
      rel={external ? 'noopener noreferrer nofollow' : undefined}
      className="font-medium text-primary underline underline-offset-2 hover:no-underline focus-visible:rounded-sm focus-visible:outline-2 focus-visible:outline-ring"
    >
      {children}
    </a>
  );
}

function renderImage(token: Tokens.Image, key: number, options: InlineRenderOptions): React.ReactNode {
  const src = safeUrl(token.href, sanitizeImageUrl, options);
  if (src === undefined) {
    // Not loadable as an image: offer it as a link when that is safe, else just the alt text.
    const href = safeUrl(token.href, sanitizeLinkUrl, options);
    if (href === undefined) return token.text;
    return <ImageLink key={key} href={href} alt={token.text} />;
  }
  return <MarkdownImage key={key} src={src} alt={token.text} title={token.title ?? undefined} />;
}

function ImageLink({ href, alt }: { href: string; alt: string }) {
  let host = href;
  try {
    host = new URL(href, typeof location === 'undefined' ? undefined : location.href).host || href;
  } catch {
    // A relative or odd URL: name it as written.
  }
  return (
    <a
      data-slot="markdown-image-link"
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="text-primary underline underline-offset-2"
    >
      {alt ? `Image: ${alt} (${host})` : `Image from ${host}`}
    </a>
  );
}

/** An image that loads only from an allowed origin (see `ImagePolicyProvider`); a link otherwise. */
function MarkdownImage({ src, alt, title }: { src: string; alt: string; title: string | undefined }) {
  const policy = useImagePolicy();
  if (!imageMayLoad(src, policy)) return <ImageLink href={src} alt={alt} />;
  return (
    <img
      data-slot="markdown-image"
      src={src}
      alt={alt}
      title={title}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      className="inline-block max-h-96 max-w-full rounded-md"
    />
  );
}
