import { describe, expect, it } from 'vitest';
import { moveItem } from '../../lib/move-item.ts';
import { reorderSiblings } from './sibling-order.ts';

describe('sibling order', () => {
  it('moves an item and ignores moves past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('renumbers siblings that share a sort and writes only the changed ones', () => {
    const siblings = [
      { id: 1, sort: 0 },
      { id: 2, sort: 0 },
      { id: 3, sort: 0 },
    ];
    expect(reorderSiblings(siblings, 2, -1)).toEqual([
      { id: 1, sort: 10 },
      { id: 3, sort: 20 },
      { id: 2, sort: 30 },
    ]);
    const numbered = [
      { id: 1, sort: 10 },
      { id: 2, sort: 20 },
      { id: 3, sort: 30 },
    ];
    expect(reorderSiblings(numbered, 0, 1)).toEqual([
      { id: 2, sort: 10 },
      { id: 1, sort: 20 },
    ]);
  });
});
