/**
 * Dates that must agree: an event ends after it starts and falls within the flight of each
 * spacecraft that took part, and its people were born before it; a craft lands after its
 * launch; its crew were born before it; a term of office ends after it begins.
 */
import { formatPartialDate as day } from '../../model/dates.ts';
import { keyOf, type EntryRef } from '../../model/ids.ts';
import type { ContentModel, ModelFile } from '../../model/loader.ts';
import { isIn, type Entry } from '../../model/schema.ts';
import { fieldName, type Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

function check(file: ModelFile, model: ContentModel): Problem[] {
  const entry = file.entry;
  if (!entry || model.fileByKey.get(keyOf(entry)) !== file) return [];
  const problems: Problem[] = [];
  const p = (path: PropertyKey[], found: string, expected: string) =>
    problems.push({ file: file.file, line: file.yaml?.lineOf(path), field: fieldName(path), found, expected });
  const get = <C extends Entry['collection']>(ref: EntryRef<C>): Entry<C> | undefined => {
    const other = model.fileByKey.get(keyOf(ref))?.entry;
    return other && isIn(other, ref.collection) ? other : undefined;
  };
  // Either date may be the mistake: the other is named where it is written, so a typo there is found from here.
  const at = (ref: EntryRef, path: PropertyKey[]): string => {
    const other = model.fileByKey.get(keyOf(ref));
    const line = other?.yaml?.lineOf(path);
    return other ? `${other.file}${line ? `:${line}` : ''}` : ref.id;
  };
  if (isIn(entry, 'events')) {
    const { data } = entry;
    if (data.end && data.end.end <= data.date.start) p(['end'], day(data.end), `a date after the event's start (${day(data.date)})`);
    data.people.forEach((ref, i) => {
      const born = get(ref)?.data.born;
      if (born && born.start >= data.date.end) p(['people', i], `${ref.id}, born ${day(born)}`, `someone born before the event (${day(data.date)}), or their birth date mended (${at(ref, ['born'])})`);
    });
    data.spacecraft.forEach((ref, i) => {
      const craft = get(ref)?.data;
      if (craft?.launch && data.date.end <= craft.launch.date.start) {
        p(['spacecraft', i], `"${ref.id}" with the event on ${day(data.date)}`,
          `an event on or after ${ref.id}'s launch (${day(craft.launch.date)}); fix the date or the spacecraft, or that launch date (${at(ref, ['launch', 'date'])})`);
      }
      if (craft?.landing && data.date.start >= craft.landing.date.end) {
        p(['spacecraft', i], `"${ref.id}" with the event on ${day(data.date)}`,
          `an event on or before ${ref.id}'s landing (${day(craft.landing.date)}); fix the date or the spacecraft, or that landing date (${at(ref, ['landing', 'date'])})`);
      }
    });
  }
  if (isIn(entry, 'spacecraft')) {
    const { data } = entry;
    if (data.launch && data.landing && data.landing.date.end <= data.launch.date.start) {
      p(['landing', 'date'], day(data.landing.date), `a landing after the launch (${day(data.launch.date)})`);
    }
    data.crew.forEach((member, i) => {
      const born = get(member.person)?.data.born;
      if (born && data.launch && born.start >= data.launch.date.start) {
        p(['crew', i], `${member.person.id}, born ${day(born)}`, `a crew member born before the launch (${day(data.launch.date)}), or their birth date mended (${at(member.person, ['born'])})`);
      }
    });
  }
  if (isIn(entry, 'organizations')) {
    entry.data.leaders.forEach((leader, i) => {
      if (leader.to && leader.to.end <= leader.from.start) {
        p(['leaders', i], `a term from ${day(leader.from)} to ${day(leader.to)}`, 'a term that ends after it begins');
      }
    });
  }
  return problems;
}

export const dates: Rule = { name: 'dates', severity: 'error', local: false, check };
