import { describe, expect, it } from 'vitest';
import {
  normaliseRows,
  v2ConversationFromJson,
  v2DataFrameInfoFromJson,
  v2DataFrameSliceFromJson,
  v2FileFromJson,
  v2MessagesToUIMessages,
  v2PageFromJson,
  v2ReplyToUIMessage,
} from './agents-v2-mapping.ts';

describe('v2 pages', () => {
  it('reads items and tokens under every known name', () => {
    expect(v2PageFromJson({ data: [1], next: 'n1' })).toEqual({ items: [1], next: 'n1' });
    expect(v2PageFromJson({ items: [2], next_token: 'n2' })).toEqual({ items: [2], next: 'n2' });
    expect(v2PageFromJson({ results: [3], cursor: 'n3' })).toEqual({ items: [3], next: 'n3' });
    expect(v2PageFromJson({ data: [4], next: null })).toEqual({ items: [4] });
    expect(v2PageFromJson({ data: [4], next: '' })).toEqual({ items: [4] });
    expect(v2PageFromJson([5])).toEqual({ items: [5] });
    expect(v2PageFromJson(undefined)).toEqual({ items: [] });
  });
  it('maps conversations', () => {
    expect(
      v2ConversationFromJson({ id: 'c', name: 'Q3', agent_id: 'a', created_at: 't1', updated_at: 't2' }),
    ).toEqual({ id: 'c', name: 'Q3', agentId: 'a', createdAt: 't1', updatedAt: 't2' });
    expect(v2ConversationFromJson({ name: 'x' })).toBeUndefined();
  });
});

describe('v2 messages', () => {
  it('maps roles, and parts win over content', () => {
    const history = v2MessagesToUIMessages(
      [
        { id: 'm1', role: 'user', content: 'Hi', created_at: 't' },
        {
          id: 'm2',
          role: 'agent',
          content: 'ignored',
          parts: [
            { type: 'reasoning', text: 'r' },
            { type: 'text', text: 'Hello' },
          ],
        },
        { role: 'assistant', content: 'Plain' },
        { id: 'm4', role: 'robot', content: 'unknown role is skipped' },
      ],
      'c',
    );
    expect(history).toEqual([
      {
        id: 'm1',
        role: 'user',
        parts: [{ type: 'text', text: 'Hi', state: 'done' }],
        metadata: { createdAt: 't' },
      },
      {
        id: 'm2',
        role: 'assistant',
        parts: [
          { type: 'reasoning', text: 'r' },
          { type: 'text', text: 'Hello' },
        ],
      },
      { id: 'c-2', role: 'assistant', parts: [{ type: 'text', text: 'Plain', state: 'done' }] },
    ]);
  });
  it('finds the reply in a message, a conversation state or a page', () => {
    expect(v2ReplyToUIMessage({ id: 'r', role: 'agent', content: 'A' }, 'fb')?.id).toBe('r');
    const state = {
      id: 'c',
      messages: [
        { id: 'u', role: 'user', content: 'Q' },
        { id: 'a', role: 'agent', content: 'A2' },
      ],
    };
    expect(v2ReplyToUIMessage(state, 'fb')).toMatchObject({ id: 'a', parts: [{ text: 'A2' }] });
    expect(v2ReplyToUIMessage({ data: state.messages, next: null }, 'fb')?.id).toBe('a');
    expect(v2ReplyToUIMessage({ content: 'bare' }, 'fb')).toMatchObject({ id: 'fb', role: 'assistant' });
    expect(v2ReplyToUIMessage({ id: 'u', role: 'user', content: 'Q' }, 'fb')).toBeUndefined();
  });
});

describe('v2 files', () => {
  it('maps file records', () => {
    expect(
      v2FileFromJson({
        file_ref: 'ref-1',
        file_name: 'a.pdf',
        mime_type: 'application/pdf',
        file_size: 12,
        created_at: 't',
      }),
    ).toEqual({ ref: 'ref-1', name: 'a.pdf', mediaType: 'application/pdf', size: 12, createdAt: 't' });
    expect(v2FileFromJson({ file_name: 'no ref' })).toBeUndefined();
  });
});

describe('v2 data frames', () => {
  const columns = ['city', 'sales'];
  const records = [
    { city: 'Oslo', sales: 3 },
    { city: 'Rome', sales: 5 },
  ];
  it('normalises records, row arrays and columnar objects to records', () => {
    expect(normaliseRows(records, undefined)).toEqual({ columns, rows: records });
    expect(
      normaliseRows(
        [
          ['Oslo', 3],
          ['Rome', 5],
        ],
        columns,
      ),
    ).toEqual({ columns, rows: records });
    expect(normaliseRows({ city: ['Oslo', 'Rome'], sales: [3, 5] }, undefined)).toEqual({
      columns,
      rows: records,
    });
    expect(normaliseRows([{ a: 1 }, { b: 2 }], undefined).columns).toEqual(['a', 'b']);
  });
  it('reads slices in every shape with the row count from any known field', () => {
    const expected = { name: 'sales', columns, rows: records, offset: 10, rowCount: 42 };
    expect(
      v2DataFrameSliceFromJson({ name: 'sales', columns, rows: records, offset: 10, total_rows: 42 }, 'x', 0),
    ).toEqual(expected);
    expect(
      v2DataFrameSliceFromJson(
        {
          columns,
          rows: [
            ['Oslo', 3],
            ['Rome', 5],
          ],
          offset: 10,
          num_rows: 42,
        },
        'sales',
        0,
      ),
    ).toEqual(expected);
    expect(
      v2DataFrameSliceFromJson(
        { columns: [{ name: 'city' }, { name: 'sales' }], data: records, total: 42 },
        'sales',
        10,
      ),
    ).toEqual(expected);
    expect(v2DataFrameSliceFromJson(records, 'sales', 10)).toEqual({
      name: 'sales',
      columns,
      rows: records,
      offset: 10,
    });
  });
  it('reads summaries with samples in either shape', () => {
    expect(
      v2DataFrameInfoFromJson({
        name: 'sales',
        columns,
        num_rows: 42,
        sample_rows: [['Oslo', 3]],
        created_at: 't',
      }),
    ).toEqual({ name: 'sales', columns, rowCount: 42, sample: [{ city: 'Oslo', sales: 3 }], createdAt: 't' });
    expect(v2DataFrameInfoFromJson({ name: 'bare', columns })).toEqual({ name: 'bare', columns });
  });

  it.each([
    [{ num_rows: 7 }],
    [{ row_count: 7 }],
    [{ rows: 7 }],
    [{ n_rows: 7 }],
    [{ nrows: 7 }],
    [{ length: 7 }],
    [{ count: '7' }],
    [{ total_rows: 7 }],
    [{ shape: [7, 2] }],
  ])('reads the row count of a listed frame spelled %j', (count) => {
    expect(v2DataFrameInfoFromJson({ name: 'f', columns, ...count })?.rowCount).toBe(7);
  });
  it.each([
    [{ columns: ['city', 'sales'] }],
    [{ column_headers: ['city', 'sales'] }],
    [{ column_names: ['city', 'sales'] }],
    [{ headers: ['city', 'sales'] }],
    [{ columns: [{ name: 'city', type: 'string' }, { column_name: 'sales' }] }],
    [{ schema: [{ name: 'city' }, { field: 'sales' }] }],
    [
      {
        schema: {
          fields: [
            { name: 'city', type: 'string' },
            { name: 'sales', type: 'integer' },
          ],
        },
      },
    ],
    [{ schema: { city: 'Utf8', sales: 'Int64' } }],
    [{ dtypes: { city: 'object', sales: 'int64' } }],
  ])('reads the columns of a listed frame spelled %j', (spelling) => {
    const info = v2DataFrameInfoFromJson({ name: 'f', ...spelling, sample_rows: [['Oslo', 3]] });
    expect(info?.columns).toEqual(columns);
    expect(info?.sample).toEqual([{ city: 'Oslo', sales: 3 }]);
  });
  it('reads slices in pandas split and table shapes, and never takes a page count for the total', () => {
    expect(v2DataFrameSliceFromJson({ columns, index: [0], data: [['Oslo', 3]], n_rows: 9 }, 'f', 0)).toEqual(
      { name: 'f', columns, rows: [{ city: 'Oslo', sales: 3 }], offset: 0, rowCount: 9 },
    );
    expect(
      v2DataFrameSliceFromJson(
        { schema: { fields: [{ name: 'city' }, { name: 'sales' }] }, data: [{ city: 'Oslo', sales: 3 }] },
        'f',
        5,
      ),
    ).toEqual({ name: 'f', columns, rows: [{ city: 'Oslo', sales: 3 }], offset: 5 });
    expect(
      v2DataFrameSliceFromJson({ columns, rows: [['Oslo', 3]], count: 1 }, 'f', 0).rowCount,
    ).toBeUndefined();
    expect(v2DataFrameSliceFromJson({ columns, rows: 1, data: [['Oslo', 3]] }, 'f', 0).rows).toEqual([
      { city: 'Oslo', sales: 3 },
    ]);
  });
});
