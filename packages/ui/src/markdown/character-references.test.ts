import { decodeHTML, decodeHTMLAttribute, decodeHTMLStrict } from 'entities';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCommonReferences, type ReferenceMode } from './character-references.ts';

const complete = { text: decodeHTMLStrict, attribute: decodeHTMLAttribute } as const;
const MODES: ReferenceMode[] = ['text', 'attribute'];

// The names the common table knows: HTML's legacy names (read without `;` too) and a few others.
const LEGACY = [
  ...'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(
    ' ',
  ),
  ...['amp', 'AMP', 'lt', 'LT', 'gt', 'GT', 'quot', 'QUOT', 'COPY', 'REG'],
];
const OTHERS = ['apos', 'hellip', 'ndash', 'mdash', 'lsquo', 'rsquo', 'ldquo', 'rdquo', 'bull', 'euro'];
const OTHERS_2 = ['trade', 'larr', 'rarr'];
const KNOWN = [...LEGACY, ...OTHERS, ...OTHERS_2];
// Names only the complete table knows, and words that are no reference at all.
const UNKNOWN = [
  'Tab',
  'NewLine',
  'colon',
  'ZeroWidthSpace',
  'notin',
  'Amp',
  'ampx',
  'nbspx',
  'frac13',
  'foo',
];

/** Every input decoded both ways; where the common table says it is complete, both agree. */
function expectParity(inputs: Iterable<string>) {
  let decided = 0;
  for (const input of inputs) {
    for (const mode of MODES) {
      const fast = decodeCommonReferences(input, mode);
      if (!fast.complete) continue;
      decided++;
      expect(fast.text, `${mode}: ${JSON.stringify(input)}`).toBe(complete[mode](input));
    }
  }
  return decided;
}

/** `name` in the places a reference can sit: ended, unended, before `=`, a letter, a digit… */
function placements(name: string): string[] {
  const tails = [';', '', '=', 'x', '1', '_', ' ', ';;', ';x', '&', '&amp;', '#', '-', '/', 'é'];
  return tails.flatMap((tail) => [
    `&${name}${tail}`,
    `a&${name}${tail}b`,
    `?q=1&${name}${tail}`,
    `&&${name}${tail}`,
  ]);
}

describe('decodeCommonReferences', () => {
  it('knows exactly HTML’s legacy names, read without `;` too, and a few more read only with one', () => {
    expect(LEGACY).toHaveLength(106);
    for (const name of LEGACY) expect(decodeHTML(`&${name} `), name).not.toBe(`&${name} `);
    for (const name of [...OTHERS, ...OTHERS_2]) {
      expect(decodeHTML(`&${name} `), name).toBe(`&${name} `);
      expect(decodeHTML(`&${name}; `), name).not.toBe(`&${name}; `);
    }
  });

  it('decodes every common name the way entities does, wherever it sits', () => {
    const inputs = KNOWN.flatMap(placements);
    for (const input of inputs) {
      // Every one of these is settled without the complete table.
      for (const mode of MODES) expect(decodeCommonReferences(input, mode).complete, input).toBe(true);
    }
    expectParity(inputs);
  });

  it('leaves a name it does not know as written, and says so, only where it ends in `;`', () => {
    for (const name of UNKNOWN) {
      for (const mode of MODES) {
        const decoded = decodeCommonReferences(`a &amp; b &${name}; c`, mode);
        expect(decoded).toEqual({ text: `a & b &${name}; c`, complete: false });
        // Without `;` no name but a legacy one is a reference: settled without the table.
        expect(decodeCommonReferences(`&${name} c`, mode)).toEqual({ text: `&${name} c`, complete: true });
      }
    }
    expectParity(UNKNOWN.flatMap(placements));
  });

  it('decodes numeric references as HTML does, invalid code points included', () => {
    const codePoints = [
      0,
      1,
      9,
      10,
      13,
      0x1f,
      0x20,
      0x26,
      0x3c,
      0x7f,
      0xa0,
      0xff,
      0xd7ff,
      0xd800,
      0xdbff,
      0xdc00,
      0xdfff,
      0xe000,
      0xfdd0,
      0xfffd,
      0xfffe,
      0xffff,
      0x10000,
      0x1f600,
      0x10fffd,
      0x10ffff,
      0x110000,
      0x7fffffff,
      2 ** 53,
    ];
    for (let c1 = 0x80; c1 <= 0x9f; c1++) codePoints.push(c1);
    const inputs = codePoints.flatMap((codePoint) => {
      const decimal = String(codePoint);
      const hex = codePoint.toString(16);
      return [
        `&#${decimal}`,
        `&#00${decimal}`,
        `&#x${hex}`,
        `&#X${hex.toUpperCase()}`,
        `&#x000${hex}`,
      ].flatMap((reference) => [
        `${reference};`,
        reference,
        `${reference}x`,
        `a${reference};b`,
        `${reference}=`,
      ]);
    });
    inputs.push(
      `&#${'9'.repeat(400)};`,
      `&#x${'f'.repeat(400)};`,
      '&#;',
      '&#x;',
      '&#xg;',
      '&#',
      '&#x',
      '&#-1;',
    );
    expect(expectParity(inputs)).toBeGreaterThan(inputs.length);
    expect(decodeCommonReferences('&#128512; &#x1F600; &#0; &#xD800; &#x110000; &#128;', 'text').text).toBe(
      '😀 😀 \ufffd \ufffd \ufffd €',
    );
    expect(decodeCommonReferences('&#106avascript', 'attribute').text).toBe('javascript');
    expect(decodeCommonReferences('&#106avascript', 'text').text).toBe('&#106avascript');
  });

  it('follows the attribute rules for legacy names: not before `=`, a letter or a digit', () => {
    const cases: [string, string][] = [
      ['?a=1&copy=2', '?a=1&copy=2'],
      ['?a=1&copy2', '?a=1&copy2'],
      ['?a=1&copyx', '?a=1&copyx'],
      ['?a=1&copy;=2', '?a=1©=2'],
      ['?a=1&copy&b', '?a=1©&b'],
      ['?a=1&copy', '?a=1©'],
      ['?a=1&utm_source=x', '?a=1&utm_source=x'],
      ['?x&lt=1', '?x&lt=1'],
      ['?x&lt;=1', '?x<=1'],
    ];
    for (const [input, expected] of cases) {
      expect(decodeCommonReferences(input, 'attribute')).toEqual({ text: expected, complete: true });
      expect(decodeHTMLAttribute(input)).toBe(expected);
    }
  });

  it('agrees with entities on arbitrary text made of reference fragments', () => {
    const fragment = fc.constantFrom(
      '&',
      '#',
      'x',
      'X',
      ';',
      '=',
      ' ',
      '_',
      '1',
      '9',
      'f',
      'a',
      'é',
      '😀',
      'amp',
      'AMP',
      'lt',
      'copy',
      'not',
      'notin',
      'nbsp',
      'Tab',
      'colon',
      'hellip',
      'frac12',
      'sup2',
      'foo',
      '&#',
      '&#x',
    );
    let decided = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 24 }), (parts) => {
        total += MODES.length;
        decided += expectParity([parts.join('')]);
      }),
      { numRuns: 5000 },
    );
    // Most texts are settled without the complete table.
    expect(decided / total).toBeGreaterThan(0.5);
  });
});
