import { describe, expect, it } from 'vitest';
import { speakableText, speechChunks } from './speakable-text.ts';

describe('speakableText', () => {
  it('says the words of markdown without its marks', () => {
    const markdown = [
      '## Results',
      '',
      'Revenue grew **12%** in _Q3_, see [the report](https://example.com/r) and `revenue_q3`.',
      '',
      '- North led',
      '- [x] South ~~fell~~ held',
      '1. First',
      '> Quoted *words*',
      '',
      '---',
      '![A chart of revenue](chart.png)',
    ].join('\n');
    expect(speakableText(markdown)).toBe(
      [
        'Results',
        '',
        'Revenue grew 12% in Q3, see the report and revenue_q3.',
        '',
        'North led',
        'South fell held',
        '1. First',
        'Quoted words',
        '',
        '',
        'A chart of revenue',
      ]
        .join('\n')
        .replace(/\n{3,}/g, '\n\n'),
    );
  });

  it('leaves code blocks out and reads tables as their cells', () => {
    const markdown = [
      'Run this:',
      '```ts',
      'const a = b * c;',
      '```',
      '| Region | Sales |',
      '| --- | ---: |',
      '| North | 10 |',
      'Done.',
    ].join('\n');
    expect(speakableText(markdown)).toBe('Run this:\nRegion, Sales\n\nNorth, 10\nDone.');
  });

  it('keeps snake_case and lone asterisks', () => {
    expect(speakableText('Use user_id and 2 * 3 = 6')).toBe('Use user_id and 2 * 3 = 6');
  });
});

describe('speechChunks', () => {
  it('keeps short text whole and splits long text at sentence ends', () => {
    expect(speechChunks('Hello there. How are you?')).toEqual(['Hello there. How are you?']);
    const sentence = 'This sentence is about forty characters.';
    const chunks = speechChunks(Array(10).fill(sentence).join(' '), 100);
    expect(chunks.every((chunk) => chunk.length <= 100)).toBe(true);
    expect(chunks.join(' ')).toBe(Array(10).fill(sentence).join(' '));
  });

  it('splits a sentence longer than the limit at spaces, and says nothing for blank text', () => {
    const words = Array(50).fill('word').join(' ');
    const chunks = speechChunks(words, 30);
    expect(chunks.every((chunk) => chunk.length <= 30)).toBe(true);
    expect(chunks.join(' ')).toBe(words);
    expect(speechChunks('  \n ')).toEqual([]);
  });
});
