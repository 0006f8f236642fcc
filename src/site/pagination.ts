/**
 * Page-number links for a paginated list: the first and last page, the current one and a
 * few either side, with gaps between, so the pager itself stays small however long the list.
 */
export const INDEX_PAGE_SIZE = 100;

export type PagerItem = { page: number; current: boolean } | { gap: true };

export function pageWindow(current: number, last: number, radius = 2): PagerItem[] {
  const pages = new Set([1, last]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= last) pages.add(p);
  const items: PagerItem[] = [];
  let previous = 0;
  for (const page of [...pages].sort((a, b) => a - b)) {
    if (page > previous + 1) items.push({ gap: true });
    items.push({ page, current: page === current });
    previous = page;
  }
  return items;
}
