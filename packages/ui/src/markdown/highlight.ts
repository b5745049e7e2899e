import type { LanguageFn } from 'highlight.js';
import { createLowlight } from 'lowlight';

// Loaded on demand (dynamic import from use-highlight.ts): lowlight's core here, and each
// grammar in a chunk of its own, fetched the first time a block in that language is highlighted.
const lowlight = createLowlight();

// The languages people paste most (lowlight's `common` set), by highlight.js name.
const grammars: Record<string, () => Promise<{ default: LanguageFn }>> = {
  arduino: () => import('highlight.js/lib/languages/arduino'),
  bash: () => import('highlight.js/lib/languages/bash'),
  c: () => import('highlight.js/lib/languages/c'),
  cpp: () => import('highlight.js/lib/languages/cpp'),
  csharp: () => import('highlight.js/lib/languages/csharp'),
  css: () => import('highlight.js/lib/languages/css'),
  diff: () => import('highlight.js/lib/languages/diff'),
  go: () => import('highlight.js/lib/languages/go'),
  graphql: () => import('highlight.js/lib/languages/graphql'),
  ini: () => import('highlight.js/lib/languages/ini'),
  java: () => import('highlight.js/lib/languages/java'),
  javascript: () => import('highlight.js/lib/languages/javascript'),
  json: () => import('highlight.js/lib/languages/json'),
  kotlin: () => import('highlight.js/lib/languages/kotlin'),
  less: () => import('highlight.js/lib/languages/less'),
  lua: () => import('highlight.js/lib/languages/lua'),
  makefile: () => import('highlight.js/lib/languages/makefile'),
  markdown: () => import('highlight.js/lib/languages/markdown'),
  objectivec: () => import('highlight.js/lib/languages/objectivec'),
  perl: () => import('highlight.js/lib/languages/perl'),
  php: () => import('highlight.js/lib/languages/php'),
  'php-template': () => import('highlight.js/lib/languages/php-template'),
  plaintext: () => import('highlight.js/lib/languages/plaintext'),
  python: () => import('highlight.js/lib/languages/python'),
  'python-repl': () => import('highlight.js/lib/languages/python-repl'),
  r: () => import('highlight.js/lib/languages/r'),
  ruby: () => import('highlight.js/lib/languages/ruby'),
  rust: () => import('highlight.js/lib/languages/rust'),
  scss: () => import('highlight.js/lib/languages/scss'),
  shell: () => import('highlight.js/lib/languages/shell'),
  sql: () => import('highlight.js/lib/languages/sql'),
  swift: () => import('highlight.js/lib/languages/swift'),
  typescript: () => import('highlight.js/lib/languages/typescript'),
  vbnet: () => import('highlight.js/lib/languages/vbnet'),
  wasm: () => import('highlight.js/lib/languages/wasm'),
  xml: () => import('highlight.js/lib/languages/xml'),
  yaml: () => import('highlight.js/lib/languages/yaml'),
};

// Other names of those languages (each grammar's own `aliases`), known before it loads.
const aliases: Record<string, string> = {
  ino: 'arduino',
  sh: 'bash',
  zsh: 'bash',
  h: 'c',
  cc: 'cpp',
  'c++': 'cpp',
  'h++': 'cpp',
  hpp: 'cpp',
  hh: 'cpp',
  hxx: 'cpp',
  cxx: 'cpp',
  cs: 'csharp',
  'c#': 'csharp',
  patch: 'diff',
  golang: 'go',
  gql: 'graphql',
  toml: 'ini',
  jsp: 'java',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsonc: 'json',
  json5: 'json',
  kt: 'kotlin',
  kts: 'kotlin',
  pluto: 'lua',
  mk: 'makefile',
  mak: 'makefile',
  make: 'makefile',
  md: 'markdown',
  mkdown: 'markdown',
  mkd: 'markdown',
  mm: 'objectivec',
  objc: 'objectivec',
  'obj-c': 'objectivec',
  'obj-c++': 'objectivec',
  'objective-c++': 'objectivec',
  pl: 'perl',
  pm: 'perl',
  text: 'plaintext',
  txt: 'plaintext',
  py: 'python',
  gyp: 'python',
  ipython: 'python',
  pycon: 'python-repl',
  rb: 'ruby',
  gemspec: 'ruby',
  podspec: 'ruby',
  thor: 'ruby',
  irb: 'ruby',
  rs: 'rust',
  console: 'shell',
  shellsession: 'shell',
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  vb: 'vbnet',
  html: 'xml',
  xhtml: 'xml',
  rss: 'xml',
  atom: 'xml',
  xjb: 'xml',
  xsd: 'xml',
  xsl: 'xml',
  plist: 'xml',
  wsf: 'xml',
  svg: 'xml',
  yml: 'yaml',
};

const loading = new Map<string, Promise<boolean>>();

/** highlight.js's name for a fence's language label, if it is one of the languages offered. */
function grammarName(language: string): string | undefined {
  const name = language.toLowerCase();
  if (Object.hasOwn(grammars, name)) return name;
  return Object.hasOwn(aliases, name) ? aliases[name] : undefined;
}

/** Loads the grammar for `language` once; resolves false for a language the kit does not offer. */
export function loadLanguage(language: string): Promise<boolean> {
  const name = grammarName(language);
  const load = name ? grammars[name] : undefined;
  if (!name || !load) return Promise.resolve(false);
  let pending = loading.get(name);
  if (!pending) {
    pending = load().then(
      (grammar) => {
        lowlight.register(name, grammar.default);
        return true;
      },
      () => {
        loading.delete(name); // a failed chunk load may succeed later
        return false;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

/** A node of the highlighted tree: the subset of hast lowlight emits. */
export type HighlightNode =
  | { type: 'text'; value: string }
  | { type: 'comment' | 'doctype' }
  | {
      type: 'element';
      tagName: string;
      properties?: Readonly<Record<string, unknown>>;
      children: HighlightNode[];
    };

/**
 * The syntax tree lowlight returns: `span`s with `hljs-*` classes and text. Declared here rather
 * than taken from `hast`, so the kit's published types need neither `hast` nor `highlight.js`.
 */
export interface HighlightTree {
  type: 'root';
  children: HighlightNode[];
}

/** Highlights `code` as `language` once its grammar is loaded; undefined otherwise. */
export function highlightCode(code: string, language: string): HighlightTree | undefined {
  const name = grammarName(language);
  if (!name || !lowlight.registered(name)) return undefined;
  // lowlight returns a hast tree, a superset of this shape; other packages in an app's program may
  // augment hast's node types (react-markdown does), which would make a plain assignment fail.
  return lowlight.highlight(name, code) as unknown as HighlightTree;
}
