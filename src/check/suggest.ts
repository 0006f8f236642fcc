/**
 * The content check's "did you mean": the nearest candidates (`src/model/nearest.ts`), if they
 * are within a few edits, and the entries an id written as a name stands for.
 */
import type { CollectionName } from '../model/collections.ts';
import { slugify } from '../model/ids.ts';
import type { ContentModel } from '../model/loader.ts';
import { nearestCandidates } from '../model/nearest.ts';

/** Ties beyond this many are no help to an author. */
const MOST_TIED = 3;

/**
 * The nearest candidate, within a third of its length (at least 2 edits), and any others
 * exactly as near: "tass-1681236" is as near "tass-1681035" as "tass-1681263" (two edits
 * each), and naming one of them alone would likely name the wrong one.
 */
export function nearestAll(word: string, candidates: readonly string[]): string[] {
  // A change of case is no edit to an author: "NASA" meant "nasa", "Anomaly" meant "anomaly".
  const found = nearestCandidates(word.toLowerCase(), candidates, {
    score: (candidate, edits) => edits(candidate.toLowerCase()),
    near: (edits, candidate) => edits <= Math.max(2, Math.floor(candidate.length / 3)),
    limit: MOST_TIED,
  });
  return found.filter((f) => f.score === found[0]!.score).map((f) => f.candidate);
}

/** The nearest candidate (the first of those tied), or undefined. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  return nearestAll(word, candidates)[0];
}

/** ` (did you mean "born"?)`, ` (did you mean "a" or "b"?)`, or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const near = nearestAll(word, candidates).map((c) => `"${c}"`);
  if (near.length === 0) return '';
  return ` (did you mean ${near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near.at(-1)}`}?)`;
}

/** Per model and collection, the ids of the entries each title and alias names, by the name made an id. */
const namesOf = new WeakMap<ContentModel, Map<CollectionName, Map<string, Array<{ id: string; name: string }>>>>();

function namedIn(model: ContentModel, collection: CollectionName): Map<string, Array<{ id: string; name: string }>> {
  let byCollection = namesOf.get(model);
  if (!byCollection) namesOf.set(model, (byCollection = new Map()));
  let names = byCollection.get(collection);
  if (!names) {
    byCollection.set(collection, (names = new Map()));
    for (const file of model.files) {
      if (file.collection !== collection || file.id === undefined || !file.raw) continue;
      const { title, aliases } = file.raw;
      for (const name of [title, ...(Array.isArray(aliases) ? aliases : [])]) {
        if (typeof name !== 'string') continue;
        const slug = slugify(name);
        const named = names.get(slug) ?? [];
        if (!named.some((n) => n.id === file.id)) named.push({ id: file.id, name });
        names.set(slug, named);
      }
    }
  }
  return names;
}

/**
 * ` (did you mean "international-space-station", the id of the entry named "ISS"?)`: an id
 * written as an entry's title or alias ("iss"), which no edit distance finds; or nothing.
 */
export function namedHint(model: ContentModel, collection: CollectionName, written: string): string {
  const slug = slugify(written);
  // "NASA" for "nasa" is a change of case, which the nearest ids name as such.
  const named = (namedIn(model, collection).get(slug) ?? []).filter((n) => n.id !== slug).slice(0, MOST_TIED);
  if (named.length === 0) return '';
  return ` (did you mean ${named.map((n) => `"${n.id}", the id of the entry named "${n.name}"`).join(', or ')}?)`;
}
