/**
 * One entry suggested by the "not found" page or by search: a link to it, then what it is, so
 * that an entry and a source of the same name ("Soyuz MS-22") can be told apart.
 */
import { COLLECTION_INFO, COLLECTIONS } from '../../model/collections.ts';
import { publisherOf, readPath, type TitleRow } from '../nearest-entries.ts';

export function titleItem(row: TitleRow): HTMLLIElement {
  const [path, title] = row;
  const link = document.createElement('a');
  link.href = path;
  link.textContent = title;
  const item = document.createElement('li');
  item.append(link);
  const collection = COLLECTIONS.find((c) => c === readPath(path).collection);
  if (collection) {
    const what = document.createElement('span');
    what.className = 'title-item__kind';
    // After a dot, not in parentheses: titles and publishers have parentheses of their own.
    what.textContent = [COLLECTION_INFO[collection].singular, publisherOf(row)].filter(Boolean).join(', ');
    item.append(' · ', what);
  }
  return item;
}
