import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GFM_SAMPLE } from '../test-support/sample-markdown.ts';
import { ImagePolicyProvider } from './image-policy.tsx';
import { Markdown } from './markdown.tsx';
import * as renderBlockModule from './render-block.tsx';

// Wrap the block renderer so the test can count how often each block is rendered.
vi.mock('./render-block.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof renderBlockModule>();
  return { ...original, renderBlock: vi.fn(original.renderBlock) };
});
const renderBlockSpy = vi.mocked(renderBlockModule.renderBlock);

// Catching up is paced over animation frames: a loaded machine takes longer, never less text.
const CATCH_UP_WAIT = { timeout: 60_000 };

afterEach(() => {
  cleanup();
  renderBlockSpy.mockClear();
});

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click]( javascript:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](&#x6A;&#x61;vascript:alert(1))',
  '[click](javascript&colon;alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[click](<javascript:alert(1)>)',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[ref][x]\n\n[x]: javascript:alert(1)',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>body{display:none}</style>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '[x](https://example.com "onmouseover=alert(1)")',
  '[<img src=x onerror=alert(1)>](https://example.com)',
];

function assertInert(container: HTMLElement) {
  // The copy button's own icon is the only svg allowed.
  const forbidden = [
    ...container.querySelectorAll('script, iframe, object, embed, form, style, svg, math, base, meta'),
  ].filter((element) => !element.closest('[data-slot="copy-button"]'));
  expect(forbidden).toHaveLength(0);
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${element.tagName} has ${attribute.name}`).toBe(false);
      if (attribute.name === 'href' || attribute.name === 'src' || attribute.name === 'action') {
        expect(attribute.value).toMatch(/^(https?:|mailto:|\/|#|\?|\.|[^:]*$)/i);
      }
    }
  }
}

describe('Markdown safety', () => {
  it.each(XSS_PAYLOADS)('renders %j inert', (payload) => {
    const { container } = render(<Markdown>{payload}</Markdown>);
    assertInert(container);
  });

  it.each(XSS_PAYLOADS)('renders %j inert while streaming', (payload) => {
    const { container } = render(<Markdown streaming>{payload}</Markdown>);
    assertInert(container);
  });

  it('shows raw HTML as text', () => {
    render(<Markdown>{'Hello <b>world</b>\n\n<div onclick="x()">block</div>'}</Markdown>);
    expect(screen.getByText('Hello <b>world</b>')).toBeTruthy();
    expect(screen.getByText('<div onclick="x()">block</div>')).toBeTruthy();
  });

  it('keeps the text of a refused link', () => {
    const { container } = render(<Markdown>{'[click me](javascript:alert(1))'}</Markdown>);
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('click me')).toBeTruthy();
  });

  it('opens external links in a new tab without opener', () => {
    render(<Markdown>{'[site](https://example.com) and [docs](/docs)'}</Markdown>);
    const site = screen.getByRole('link', { name: 'site' });
    expect(site.getAttribute('target')).toBe('_blank');
    expect(site.getAttribute('rel')).toContain('noopener');
    expect(screen.getByRole('link', { name: 'docs' }).getAttribute('target')).toBeNull();
  });
});

describe('Markdown GFM', () => {
  it('renders headings, emphasis, lists, task lists, tables, code and rules', () => {
    const { container } = render(<Markdown>{GFM_SAMPLE}</Markdown>);
    expect(screen.getByRole('heading', { level: 1, name: 'Quarterly report' })).toBeTruthy();
    expect(container.querySelector('strong')?.textContent).toBe('revenue');
    expect(container.querySelector('em')?.textContent).toBe('12%');
    expect(container.querySelector('del')?.textContent).toBe('shrank');
    expect(screen.getByRole('link', { name: 'https://example.com/auto' }).getAttribute('href')).toBe(
      'https://example.com/auto',
    );
    expect(screen.getByRole('link', { name: 'team@example.com' }).getAttribute('href')).toBe(
      'mailto:team@example.com',
    );
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).toEqual([true, false]);
    expect(container.querySelector('ol li ul li')?.textContent).toBe('nested item');
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Region',
      'Sales',
      'Change',
    ]);
    expect(screen.getAllByRole('cell')[1]!.className).toContain('text-right');
    expect(container.querySelector('[data-slot="code-block"]')?.getAttribute('data-language')).toBe('ts');
    expect(container.querySelector('blockquote a')?.getAttribute('href')).toBe('/docs/start');
    expect(container.querySelector('hr')).toBeTruthy();
    expect(container.querySelector('br')).toBeTruthy();
  });

  it('decodes character references in text but not in code', () => {
    const { container } = render(<Markdown>{'Tom &amp; Jerry &copy; 2026 &#x2014; `a &amp; b`'}</Markdown>);
    expect(container.querySelector('p')!.textContent).toBe('Tom & Jerry © 2026 — a &amp; b');
  });

  it('highlights finished code blocks after loading the highlighter', async () => {
    const { container } = render(<Markdown>{'```js\nconst answer = 42;\n```'}</Markdown>);
    await waitFor(
      () => expect(container.querySelector('.hljs-keyword')?.textContent).toBe('const'),
      CATCH_UP_WAIT,
    );
    expect(container.querySelector('[data-slot="code-block"]')?.getAttribute('data-state')).toBe(
      'highlighted',
    );
  });
});

describe('Markdown while streaming', () => {
  it('renders an open fence as a code block in progress, without highlighting', async () => {
    const { container } = render(<Markdown streaming>{'Intro\n\n```js\nconst a = 1;\nconst b'}</Markdown>);
    const block = container.querySelector('[data-slot="code-block"]');
    expect(block?.getAttribute('data-state')).toBe('streaming');
    expect(block?.textContent).toContain('const a = 1;\nconst b');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('.hljs-keyword')).toBeNull();
  });

  it.each([
    ['Some **bold', 'strong', 'bold'],
    ['Some _slanted', 'em', 'slanted'],
    ['Run `npm i', 'code', 'npm i'],
    ['Gone ~~away', 'del', 'away'],
  ])('completes %j', (text, tag, content) => {
    const { container } = render(<Markdown streaming>{text}</Markdown>);
    expect(container.querySelector(tag)?.textContent).toBe(content);
    expect(container.textContent).not.toMatch(/[*_`~]/);
  });

  it('shows a link still waiting for its URL as its text', () => {
    const { container } = render(<Markdown streaming>{'Read [the guide](https://exa'}</Markdown>);
    expect(container.textContent).toBe('Read the guide');
    expect(container.querySelector('a')).toBeNull();
  });

  it('renders the raw text exactly once streaming ends', () => {
    const { container, rerender } = render(<Markdown streaming>{'2 **'}</Markdown>);
    expect(container.textContent).toBe('2');
    rerender(<Markdown>{'2 **'}</Markdown>);
    expect(container.textContent).toBe('2 **');
  });

  it('never re-renders settled blocks while the tail grows', () => {
    const head = '# Title\n\nFirst paragraph with **bold**.\n\n- a\n- b\n\n';
    const tail = 'The last paragraph keeps growing word by word until it is done.';
    const { container, rerender } = render(<Markdown streaming>{`${head}T`}</Markdown>);
    const firstParagraph = container.querySelector('p');
    renderBlockSpy.mockClear();
    for (let end = 2; end < tail.length + 3; end += 3) {
      rerender(<Markdown streaming>{head + tail.slice(0, end)}</Markdown>);
    }
    const renderedIndexes = new Set(renderBlockSpy.mock.calls.map((call) => call[1]));
    expect(renderBlockSpy.mock.calls.length).toBeGreaterThan(10);
    expect([...renderedIndexes]).toEqual([3]); // only the tail block (index 3)
    expect(container.querySelector('p')).toBe(firstParagraph); // same DOM node, untouched
    expect(container.querySelectorAll('p')[1]?.textContent).toBe(tail.slice(0, tail.length));
  });

  it('re-renders nothing when the text is unchanged', () => {
    const { rerender } = render(<Markdown streaming>{'A\n\nB'}</Markdown>);
    renderBlockSpy.mockClear();
    rerender(<Markdown streaming>{'A\n\nB'}</Markdown>);
    expect(renderBlockSpy).not.toHaveBeenCalled();
  });
});

describe('Markdown bounds', { timeout: 120_000 }, () => {
  it('renders a 200,000-character line as text in chunks', async () => {
    const line = 'word *a '.repeat(25_000);
    const { container } = render(<Markdown>{line}</Markdown>);
    // A long text mounts over several renders.
    await waitFor(() => expect(container.querySelector('[aria-busy]')).toBeNull(), CATCH_UP_WAIT);
    const plain = container.querySelector('[data-slot="markdown-plain-text"]');
    expect(plain?.textContent?.length).toBeGreaterThanOrEqual(line.trimEnd().length);
    expect(plain?.textContent?.slice(0, 100)).toBe(line.slice(0, 100));
    expect(container.querySelector('em')).toBeNull();
  });
});

describe('Markdown catching up', { timeout: 120_000 }, () => {
  it('takes a large jump of streamed text over several renders and never loses any of it', async () => {
    const sections = Array.from(
      { length: 1600 },
      (_, i) => `## Section ${i}\n\nParagraph ${i} with **bold** and \`code\`.`,
    );
    const text = sections.join('\n\n');
    const view = render(<Markdown streaming>{'# Start'}</Markdown>);
    view.rerender(<Markdown streaming>{text}</Markdown>);
    const root = view.container.querySelector('[data-slot="markdown"]')!;
    // The jump is larger than one update takes on: the first render shows a prefix.
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(view.container.textContent).not.toContain('Paragraph 1599 with');
    await waitFor(() => expect(root.getAttribute('aria-busy')).toBeNull(), CATCH_UP_WAIT);
    expect(view.container.textContent).toContain('Paragraph 1599 with bold and code.');
    expect(view.container.querySelectorAll('h2')).toHaveLength(1600);
  });

  it('ends on the same DOM as rendering the finished text at once', async () => {
    const text = `${GFM_SAMPLE}\n\n${Array.from({ length: 300 }, (_, i) => `- item ${i}\n\nText ${i}.`).join('\n\n')}`;
    const caught = render(<Markdown streaming>{''}</Markdown>);
    caught.rerender(<Markdown>{text}</Markdown>);
    await waitFor(() => expect(caught.container.querySelector('[aria-busy]')).toBeNull(), CATCH_UP_WAIT);
    const once = render(<Markdown>{text}</Markdown>);
    await waitFor(() => expect(once.container.querySelector('[aria-busy]')).toBeNull(), CATCH_UP_WAIT);
    expect(caught.container.innerHTML).toBe(once.container.innerHTML);
  });
});

describe('Markdown mounting with a large text', { timeout: 120_000 }, () => {
  it.each([true, false])('catches up over several renders (streaming: %s)', async (streaming) => {
    const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} is here.`).join('\n\n');
    const { container } = render(<Markdown streaming={streaming}>{text}</Markdown>);
    const root = container.querySelector('[data-slot="markdown"]')!;
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(container.textContent).toContain('Paragraph 0 is here.');
    await waitFor(() => expect(root.getAttribute('aria-busy')).toBeNull(), CATCH_UP_WAIT);
    expect(container.querySelectorAll('p')).toHaveLength(400);
  });
});

describe('Markdown images', () => {
  it('loads images of the page itself, and offers others as a link instead of fetching them', () => {
    const own = `${window.location.origin}/logo.png`;
    const { container } = render(
      <Markdown>{`![logo](${own}) and ![pixel](https://tracker.example.com/p.gif)`}</Markdown>,
    );
    const images = container.querySelectorAll('img');
    expect([...images].map((image) => image.getAttribute('src'))).toEqual([own]);
    const link = screen.getByRole('link', { name: 'Image: pixel (tracker.example.com)' });
    expect(link.getAttribute('href')).toBe('https://tracker.example.com/p.gif');
    expect(link.getAttribute('rel')).toContain('noreferrer');
  });

  it('loads images from the origins the app allows, https only', () => {
    const { container } = render(
      <ImagePolicyProvider allowedOrigins={['https://cdn.example.com', 'http://cdn.example.com']}>
        <Markdown>{'![a](https://cdn.example.com/a.png) ![b](http://cdn.example.com/b.png)'}</Markdown>
      </ImagePolicyProvider>,
    );
    expect([...container.querySelectorAll('img')].map((image) => image.getAttribute('alt'))).toEqual(['a']);
    expect(screen.getByRole('link', { name: 'Image: b (cdn.example.com)' })).toBeTruthy();
  });
});
