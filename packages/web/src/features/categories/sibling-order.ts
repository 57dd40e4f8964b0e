import { moveItem } from '../../lib/move-item.ts';

/**
 * Moves one sibling up or down and returns the sort values to write: siblings are renumbered
 * 10, 20, 30 … in their new order (they often share sort 0), and only changed ones are returned.
 */
export function reorderSiblings(
  siblings: readonly { id: number; sort: number }[],
  index: number,
  delta: number,
): { id: number; sort: number }[] {
  return moveItem(siblings, index, delta)
    .map((sibling, position) => ({ id: sibling.id, sort: (position + 1) * 10, before: sibling.sort }))
    .filter((change) => change.sort !== change.before)
    .map(({ id, sort }) => ({ id, sort }));
}
