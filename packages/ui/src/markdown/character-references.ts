/**
 * How references are read. `text`: only those ending in `;`, as CommonMark reads them (the
 * `entities` library's strict mode). `attribute`: as HTML reads an attribute value, where a legacy
 * name also counts without its `;` unless a letter, a digit or `=` follows (`?a=1&copy=2` keeps
 * its `&copy`).
 */
export type ReferenceMode = 'text' | 'attribute';

/** A text with its references decoded; `complete` is false where a name was left as written. */
export interface DecodedReferences {
  text: string;
  /** False when a named reference outside the common ones is in the text, still as written. */
  complete: boolean;
}

// HTML's legacy names, the only ones it reads without `;`: Latin-1 from U+00A0 to U+00FF in
// order, plus those below. The list is closed (HTML adds no legacy names), so knowing all of
// them settles every reference without `;` in an attribute.
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const LEGACY = new Map<string, string>([
  ...LATIN_1.split(' ').map((name, index) => [name, String.fromCharCode(0xa0 + index)] as const),
  ['amp', '&'],
  ['AMP', '&'],
  ['lt', '<'],
  ['LT', '<'],
  ['gt', '>'],
  ['GT', '>'],
  ['quot', '"'],
  ['QUOT', '"'],
  ['COPY', '©'],
  ['REG', '®'],
]);

// The legacy names and a few more that replies use, which count only with their `;`.
const COMMON = new Map<string, string>([
  ...LEGACY,
  ['apos', "'"],
  ['hellip', '…'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['bull', '•'],
  ['euro', '€'],
  ['trade', '™'],
  ['larr', '←'],
  ['rarr', '→'],
]);

// What HTML makes of the C1 controls U+0080–U+009F in a numeric reference: the Windows-1252
// character of that byte (0: left as it is).
const WINDOWS_1252 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e,
  0x178,
];

const NUMERIC = /#(?:[xX]([0-9A-Fa-f]+)|([0-9]+))(;?)/y;
const NAME = /([0-9A-Za-z]+)(;?)/y;
// No HTML name is longer than 31 characters, and all start with a letter.
const MAYBE_NAME = /^[A-Za-z][0-9A-Za-z]{0,31}$/;

/** The character of a numeric reference: U+FFFD for NUL, a surrogate or past U+10FFFF. */
function characterOf(codePoint: number): string {
  if (codePoint === 0 || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) {
    return '\ufffd';
  }
  if (codePoint >= 0x80 && codePoint <= 0x9f) {
    return String.fromCodePoint(WINDOWS_1252[codePoint - 0x80] || codePoint);
  }
  return String.fromCodePoint(codePoint);
}

/**
 * Decodes numeric references and the common named ones exactly as the `entities` library does
 * (`decodeHTMLStrict` for `text`, `decodeHTMLAttribute` for `attribute`), without its table of
 * every name. A name outside the common ones is left as written and the result marked incomplete:
 * only the complete table can tell whether it is a reference.
 * @example decodeCommonReferences('a &lt; b &#x1F600;', 'text') // { text: 'a < b 😀', complete: true }
 */
export function decodeCommonReferences(input: string, mode: ReferenceMode): DecodedReferences {
  let offset = input.indexOf('&');
  if (offset === -1) return { text: input, complete: true };
  let text = '';
  let last = 0;
  let complete = true;
  // A reference has at least two characters after its `&`.
  while (offset !== -1 && offset + 2 < input.length) {
    const start = offset + 1;
    let value: string | undefined;
    let end = start;
    if (input.charCodeAt(start) === 0x23 /* # */) {
      NUMERIC.lastIndex = start;
      const match = NUMERIC.exec(input);
      if (match && (match[3] || mode === 'attribute')) {
        value = characterOf(match[1] ? Number.parseInt(match[1], 16) : Number.parseInt(match[2]!, 10));
        end = NUMERIC.lastIndex;
      }
    } else {
      NAME.lastIndex = start;
      const match = NAME.exec(input);
      const name = match?.[1];
      if (name !== undefined && match?.[2]) {
        value = COMMON.get(name);
        end = NAME.lastIndex;
        if (value === undefined && MAYBE_NAME.test(name)) complete = false;
      } else if (name !== undefined && mode === 'attribute' && input[start + name.length] !== '=') {
        value = LEGACY.get(name);
        end = start + name.length;
      }
    }
    if (value === undefined) {
      offset = input.indexOf('&', start);
    } else {
      text += input.slice(last, offset) + value;
      last = end;
      offset = input.indexOf('&', end);
    }
  }
  return { text: last === 0 ? input : text + input.slice(last), complete };
}
