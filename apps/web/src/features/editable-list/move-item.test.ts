import { describe, expect, it } from 'vitest';
import { inOrder, moveItem } from './move-item';

describe('moveItem', () => {
  it('swaps an item with its neighbour above or below', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the list as it was when the item is already first or last', () => {
    const list = ['a', 'b'];
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 1, 1)).toBe(list);
    expect(moveItem(list, 5, -1)).toBe(list);
  });
});

describe('inOrder', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('shows the items in the order on its way to the server', () => {
    expect(inOrder(items, ['c', 'a', 'b']).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps items the order does not know (added meanwhile) at the end', () => {
    expect(inOrder(items, ['b', 'a']).map((i) => i.id)).toEqual(['b', 'a', 'c']);
    expect(inOrder(items, null)).toBe(items);
  });
});
