import { describe, expect, it } from 'vitest';
import { initialListState, isOpen, listReducer } from './editable-list-state';

describe('listReducer', () => {
  it('opens one form or question at a time', () => {
    const editing = listReducer(initialListState, { type: 'edit', id: 'a' });
    expect(isOpen(editing.mode, 'editing', 'a')).toBe(true);
    const asking = listReducer(editing, { type: 'askRemoval', id: 'b' });
    expect(isOpen(asking.mode, 'editing', 'a')).toBe(false);
    expect(isOpen(asking.mode, 'confirmingRemoval', 'b')).toBe(true);
    expect(listReducer(asking, { type: 'close' }).mode).toEqual({ kind: 'viewing' });
  });

  it('shows a new order at once and closes open forms, until the server has answered', () => {
    const adding = listReducer(initialListState, { type: 'add' });
    const moving = listReducer(adding, { type: 'reordering', ids: ['b', 'a'] });
    expect(moving).toEqual({ mode: { kind: 'viewing' }, busy: 'order', pendingOrder: ['b', 'a'] });
    expect(listReducer(moving, { type: 'settled' })).toEqual(initialListState);
  });

  it('marks the item being saved and keeps its form open until it is closed', () => {
    const saving = listReducer(listReducer(initialListState, { type: 'edit', id: 'a' }), {
      type: 'saving',
      id: 'a',
    });
    expect(saving.busy).toBe('a');
    expect(isOpen(saving.mode, 'editing', 'a')).toBe(true);
  });
});
