import { AgentChatLocaleProvider, ar, loadMessages, pt } from '@agent-chat/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataFrameGrid, type DataFrameSource } from './data-frame-grid.tsx';

beforeAll(async () => {
  // Loaded first, so the providers render at once (as after `await loadMessages` in an app).
  await Promise.all([loadMessages('pt'), loadMessages('ar')]);
  // jsdom has no ResizeObserver; the grid only needs it to follow a resized viewport.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(cleanup);

const columns = ['região', 'valor', 'fechado'];

function source(overrides: Partial<DataFrameSource> = {}): DataFrameSource {
  return {
    columns,
    rowCount: 1_234_567,
    getRow: (index) => ({ região: 'Norte', valor: 1234.5 + index, fechado: '2024-03-05' }),
    ensureRange: () => {},
    isLoading: false,
    isFetching: false,
    error: undefined,
    ...overrides,
  };
}

function renderGrid(locale: string, frame: DataFrameSource = source()) {
  return render(
    <AgentChatLocaleProvider locale={locale}>
      <DataFrameGrid
        name="vendas"
        source={frame}
        sort={{ column: 'valor', direction: 'ascending' }}
        onSortChange={() => {}}
        columns={undefined}
        onColumnsChange={() => {}}
      />
    </AgentChatLocaleProvider>,
  );
}

describe('DataFrameGrid in another locale', () => {
  it('speaks Portuguese: names, toolbar, column menu, sort hints and row counts with Portuguese numbers', async () => {
    renderGrid('pt');
    const grid = await screen.findByRole('grid', { name: 'Tabela de dados vendas' });
    const total = new Intl.NumberFormat('pt').format(1_234_567);
    expect(screen.getByText(new RegExp(`^${total} linhas · .*3 de 3 colunas$`))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copiar célula' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exportar CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Colunas/ })).toBeTruthy();
    expect(within(grid).getByRole('columnheader', { name: pt.rowNumber })).toBeTruthy();
    // The sorted column's next click sorts descending; another column's sorts ascending.
    expect(within(grid).getByRole('button', { name: 'valor' }).getAttribute('title')).toBe(
      'Ordenar por valor, descendente',
    );
    expect(within(grid).getByRole('button', { name: 'região' }).getAttribute('title')).toBe(
      'Ordenar por região, ascendente',
    );
  });

  it('opens a Portuguese column menu', async () => {
    renderGrid('pt');
    const trigger = await screen.findByRole('button', { name: /^Colunas/ });
    // Radix opens its menu on pointerdown (primary button) or on Enter.
    fireEvent.keyDown(trigger, { key: 'Enter' });
    expect(await screen.findByText(pt.columnsToShow)).toBeTruthy();
    expect(screen.getByRole('menuitem', { name: 'Mostrar todas as colunas' })).toBeTruthy();
  });

  it('speaks Arabic with Arabic numbers, and says so when loading, empty or failed', async () => {
    const { unmount } = renderGrid('ar');
    await screen.findByRole('grid', { name: ar.dataFrame('vendas') });
    const total = new Intl.NumberFormat('ar').format(1_234_567);
    expect(screen.getByText(new RegExp(`^${total} صفًّا`))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'نسخ الخلية' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'تصدير CSV' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'valor' }).getAttribute('title')).toBe(
      'ترتيب حسب valor تنازليًا',
    );
    unmount();

    const loading = renderGrid('ar', source({ columns: [], rowCount: undefined, isLoading: true }));
    expect(await screen.findByText(ar.loadingDataFrame)).toBeTruthy();
    loading.unmount();

    const empty = renderGrid('ar', source({ rowCount: 0 }));
    expect(await screen.findByText('لا توجد صفوف في جدول البيانات هذا.')).toBeTruthy();
    empty.unmount();

    renderGrid('ar', source({ error: new Error('boom') }));
    expect((await screen.findByRole('alert')).textContent).toBe('تعذّر تحميل vendas: boom');
  });
});
