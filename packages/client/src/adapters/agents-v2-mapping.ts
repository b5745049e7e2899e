import type { UIMessage } from 'ai';
import type { Conversation, ConversationFile, DataFrameInfo, DataFrameSlice } from '../backend.ts';
import { arr, asRecord, idOf, listIn, num, str } from './read-json.ts';

type Part = UIMessage['parts'][number];

/** Keys under which a paginated response may hold its items. */
const ITEM_KEYS = ['data', 'items', 'results'] as const;

/** A `PaginatedResponse` read tolerantly: items under `data`/`items`/`results` (or a bare array), token under `next`/`next_token`/`cursor`. */
export function v2PageFromJson(value: unknown): { items: unknown[]; next?: string } {
  const items = listIn(value, ITEM_KEYS) ?? [];
  const record = asRecord(value);
  const next = idOf(record?.next) ?? idOf(record?.next_token) ?? idOf(record?.cursor);
  return next === undefined || next === '' ? { items } : { items, next };
}

/** v2 Conversation JSON → kit {@link Conversation}; undefined without an id. */
export function v2ConversationFromJson(value: unknown): Conversation | undefined {
  const json = asRecord(value);
  const id = idOf(json?.id) ?? idOf(json?.conversation_id);
  if (!json || id === undefined) return undefined;
  const conversation: Conversation = { id, name: str(json.name) ?? str(json.title) ?? '' };
  const agentId = idOf(json.agent_id);
  if (agentId !== undefined) conversation.agentId = agentId;
  const createdAt = str(json.created_at);
  if (createdAt !== undefined) conversation.createdAt = createdAt;
  const updatedAt = str(json.updated_at);
  if (updatedAt !== undefined) conversation.updatedAt = updatedAt;
  return conversation;
}

function roleOf(value: unknown): UIMessage['role'] | undefined {
  switch (value) {
    case 'user':
    case 'human':
      return 'user';
    case 'agent':
    case 'assistant':
    case 'ai':
      return 'assistant';
    case 'system':
      return 'system';
    default:
      return undefined;
  }
}

function isPart(value: unknown): value is Part {
  return typeof asRecord(value)?.type === 'string';
}

/** One v2 message → a UI message; `parts` (AI SDK shape) wins over `content`. Undefined when unreadable. */
export function v2MessageToUIMessage(value: unknown, fallbackId: string): UIMessage | undefined {
  const json = asRecord(value);
  const role = roleOf(json?.role);
  if (!json || role === undefined) return undefined;
  const id = idOf(json.id) ?? idOf(json.message_id) ?? fallbackId;
  const given = arr(json.parts).filter(isPart);
  const text = str(json.content) ?? str(json.text);
  const parts: Part[] = given.length > 0 ? given : text ? [{ type: 'text', text, state: 'done' }] : [];
  const createdAt = str(json.created_at);
  return { id, role, parts, ...(createdAt === undefined ? {} : { metadata: { createdAt } }) };
}

/** v2 messages → the conversation's history; messages with an unknown role are skipped. */
export function v2MessagesToUIMessages(messages: readonly unknown[], idPrefix: string): UIMessage[] {
  return messages.flatMap((message, index) => {
    const mapped = v2MessageToUIMessage(message, `${idPrefix}-${index}`);
    return mapped ? [mapped] : [];
  });
}

/**
 * The reply of `POST …/messages` ("the updated conversation state") → the agent's last message.
 * Accepts a message, a conversation or page holding `messages`/`data`, or a bare array.
 */
export function v2ReplyToUIMessage(value: unknown, fallbackId: string): UIMessage | undefined {
  const direct = v2MessageToUIMessage(value, fallbackId);
  if (direct?.role === 'assistant') return direct;
  const list = listIn(value, ['messages', ...ITEM_KEYS]);
  if (list)
    return v2MessagesToUIMessages(list, fallbackId).findLast((message) => message.role === 'assistant');
  const record = asRecord(value);
  // A message with a role that is not the agent's (the user's own echo) is no reply.
  if (record === undefined || direct !== undefined) return undefined;
  const text = str(record.content) ?? str(record.response);
  return text === undefined
    ? undefined
    : { id: fallbackId, role: 'assistant', parts: [{ type: 'text', text, state: 'done' }] };
}

/** v2 file JSON (`file_ref`, `file_name`, `mime_type`, `file_size`) → {@link ConversationFile}. */
export function v2FileFromJson(value: unknown): ConversationFile | undefined {
  const json = asRecord(value);
  const ref = idOf(json?.file_ref) ?? idOf(json?.ref) ?? idOf(json?.file_id) ?? idOf(json?.id);
  if (!json || ref === undefined) return undefined;
  const file: ConversationFile = {
    ref,
    name: str(json.file_name) ?? str(json.name) ?? str(json.filename) ?? ref,
  };
  const mediaType = str(json.mime_type) ?? str(json.media_type) ?? str(json.content_type);
  if (mediaType !== undefined) file.mediaType = mediaType;
  const size = num(json.file_size) ?? num(json.size);
  if (size !== undefined) file.size = size;
  const createdAt = str(json.created_at);
  if (createdAt !== undefined) file.createdAt = createdAt;
  const url = str(json.file_url) ?? str(json.url);
  if (url !== undefined) file.url = url;
  const status = str(json.status);
  if (status !== undefined) file.status = status;
  return file;
}

/** Keys under which a frame may list its columns, most specific first. */
const COLUMN_KEYS = [
  'columns',
  'column_names',
  'column_headers',
  'headers',
  'fields',
  'schema',
  'dtypes',
] as const;

function columnNameOf(column: unknown): string | undefined {
  if (typeof column === 'string') return column;
  const record = asRecord(column);
  return str(record?.name) ?? str(record?.column_name) ?? str(record?.field) ?? str(record?.key);
}

/**
 * Column names in any of the shapes seen: `["a", "b"]`, `[{name, type}]` (also `column_name`,
 * `field`, `key`), a table schema `{fields: […]}`, or a name → type map (`schema`, `dtypes`).
 */
function columnsIn(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    return value.flatMap((column) => {
      const name = columnNameOf(column);
      return name === undefined ? [] : [name];
    });
  }
  const record = asRecord(value);
  if (record === undefined) return undefined;
  if (Array.isArray(record.fields)) return columnsIn(record.fields);
  if (Array.isArray(record.columns)) return columnsIn(record.columns);
  const names = Object.keys(record);
  // A name → type map: every value a type name or a type description.
  return names.length > 0 && Object.values(record).every((type) => typeof type === 'string' || asRecord(type))
    ? names
    : undefined;
}

function columnsOf(json: Record<string, unknown> | undefined): string[] | undefined {
  for (const key of COLUMN_KEYS) {
    const columns = columnsIn(json?.[key]);
    if (columns !== undefined && columns.length > 0) return columns;
  }
  return undefined;
}

/**
 * Rows as records, whatever they came as: records already, arrays matched to `columns`, or a
 * columns-first object `{col: [values…]}`. Columns are taken from the records when not given.
 */
export function normaliseRows(
  rows: unknown,
  columns: string[] | undefined,
): { columns: string[]; rows: Record<string, unknown>[] } {
  const columnar = asRecord(rows);
  if (columnar && Object.values(columnar).every(Array.isArray)) {
    const names = columns ?? Object.keys(columnar);
    const length = Math.max(0, ...names.map((name) => arr(columnar[name]).length));
    return {
      columns: names,
      rows: Array.from({ length }, (_, index) =>
        Object.fromEntries(names.map((name) => [name, arr(columnar[name])[index]])),
      ),
    };
  }
  const list = arr(rows);
  const names = columns ? [...columns] : [];
  const seen = new Set(names);
  const records = list.map((row) => {
    if (Array.isArray(row)) return Object.fromEntries(names.map((name, index) => [name, row[index]]));
    const record = asRecord(row) ?? { value: row };
    if (!columns) {
      for (const key of Object.keys(record)) {
        if (!seen.has(key)) {
          seen.add(key);
          names.push(key);
        }
      }
    }
    return record;
  });
  return { columns: names, rows: records };
}

/** Keys that hold a frame's total row count, in every spelling seen. */
const TOTAL_KEYS = [
  'total_rows',
  'num_rows',
  'row_count',
  'n_rows',
  'nrows',
  'rowCount',
  'total',
  'total_count',
];
// In a frame list (not in a slice, where they may count the page) these name the total too.
const LIST_COUNT_KEYS = [...TOTAL_KEYS, 'rows', 'length', 'count', 'num_records', 'record_count'];

function rowCountOf(json: Record<string, unknown> | undefined, keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const count = num(json?.[key]);
    if (count !== undefined && count >= 0) return count;
  }
  // `shape: [rows, columns]`, as pandas and polars report it.
  const shape = json?.shape;
  return Array.isArray(shape) ? num(shape[0]) : undefined;
}

/** The rows of a slice or sample: the first of `keys` that holds a list or a columns-first object. */
function rowsIn(json: Record<string, unknown> | undefined, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = json?.[key];
    if (Array.isArray(value)) return value;
    const record = asRecord(value);
    if (record && Object.values(record).every(Array.isArray)) return record;
  }
  return undefined;
}

/**
 * A data-frame summary (`name`, `columns`, `num_rows`, `sample_rows`) → {@link DataFrameInfo}.
 * Counts are read under every common spelling (`num_rows`, `row_count`, `rows`, `n_rows`,
 * `length`, `shape[0]`…), columns likewise (`columns`, `column_names`, `column_headers`, `schema`…).
 */
export function v2DataFrameInfoFromJson(value: unknown): DataFrameInfo | undefined {
  const json = asRecord(value);
  const name =
    str(json?.name) ?? str(json?.data_frame_name) ?? str(json?.dataframe_name) ?? str(json?.frame_name);
  if (!json || name === undefined) return undefined;
  const sampleRaw = rowsIn(json, ['sample_rows', 'sample', 'samples', 'sample_data', 'head', 'preview']);
  const normalised = normaliseRows(sampleRaw ?? [], columnsOf(json));
  const info: DataFrameInfo = { name, columns: normalised.columns };
  const rowCount = rowCountOf(json, LIST_COUNT_KEYS);
  if (rowCount !== undefined) info.rowCount = rowCount;
  if (sampleRaw !== undefined) info.sample = normalised.rows;
  const createdAt = str(json.created_at);
  if (createdAt !== undefined) info.createdAt = createdAt;
  return info;
}

/**
 * A data-frame slice in any of the shapes seen: `{columns, rows}` with records or arrays, `{data}`,
 * `{records}`, a bare array of records → {@link DataFrameSlice} with records.
 */
export function v2DataFrameSliceFromJson(
  value: unknown,
  name: string,
  requestedOffset: number,
): DataFrameSlice {
  const json = asRecord(value);
  const rows = Array.isArray(value)
    ? value
    : (rowsIn(json, ['rows', 'data', 'records', 'values', 'items']) ?? []);
  const normalised = normaliseRows(rows, columnsOf(json));
  const slice: DataFrameSlice = {
    name: str(json?.name) ?? name,
    columns: normalised.columns,
    rows: normalised.rows,
    offset: num(json?.offset) ?? requestedOffset,
  };
  const rowCount = rowCountOf(json, TOTAL_KEYS);
  if (rowCount !== undefined) slice.rowCount = rowCount;
  return slice;
}
