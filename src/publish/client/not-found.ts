/**
 * The "not found" page, once scripts run: names the address that was asked for and lists
 * the entries nearest to it, from the compact title list.
 */
import { decodedPath, nearestEntries, type TitleRow } from '../nearest-entries.ts';
import { titleItem } from './title-item.ts';

export async function showNearestEntries(root: HTMLElement, titleListUrl: string) {
  const asked = root.querySelector<HTMLElement>('[data-asked-path]');
  if (asked) asked.textContent = decodedPath(location.pathname);
  const response = await fetch(titleListUrl);
  if (!response.ok) return;
  const rows = (await response.json()) as TitleRow[];
  const suggestions = nearestEntries(location.pathname, rows);
  const section = root.querySelector<HTMLElement>('[data-suggestions]');
  const list = section?.querySelector('ul');
  if (!section || !list || suggestions.length === 0) return;
  list.replaceChildren(...suggestions.map(({ row }) => titleItem(row)));
  section.hidden = false;
}
