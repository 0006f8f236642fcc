/**
 * "Did you mean" for a search that found nothing: the entries with a name word nearest to
 * the query's longest word that was not found ("Prokopev" → Sergey Prokopyev, "Baikonour" →
 * Baikonur Cosmodrome), of their titles and aliases ("Рогозн" → Dmitry Rogozin), ranked by
 * the project's one edit-distance suggestion (`src/model/nearest.ts`). Runs in the browser
 * (no Node imports).
 */
import { nearestCandidates } from '../model/nearest.ts';
import { namesOf, type TitleRow } from '../publish/nearest-entries.ts';
import { searchWords, wordsAndPairs } from './words.ts';

/** Shorter words than this are too little to guess from: "asd" is a step from too many words. */
const SHORTEST = 4;
/** A name word nearer than this share of edits is a likely meaning; further is a guess. */
const MAX_SHARE = 1 / 3;

const isSource = ([path]: TitleRow) => path.startsWith('/sources/');

export function nearestNames(notFound: readonly string[], rows: readonly TitleRow[], limit = 3): TitleRow[] {
  const typed = [...notFound].sort((a, b) => b.length - a.length)[0];
  if (!typed || typed.length < SHORTEST) return [];
  return nearestCandidates(typed, rows, {
    // A share of the word typed: of a longer name word, a share would favour the longer ("roscosmosto", of a source's
    // "Roscosmos to decide", over Roscosmos for "roscosmso").
    score: (row, edits) => Math.min(...namesOf(row).flatMap(wordsAndPairs).map((word) => edits(word) / typed.length)),
    near: (share) => share <= MAX_SHARE,
    // An entry before a source, then the shorter name: the reader is after the person, craft or
    // place ("Sergey Prokopyev"), not an event or a page about it ("Prokopyev takes ISS command").
    tieBreak: (a, b) => Number(isSource(a)) - Number(isSource(b)) || searchWords(a[1]).length - searchWords(b[1]).length || a[1].localeCompare(b[1]),
    limit,
  }).map(({ candidate }) => candidate);
}
