/**
 * "Cite this page": a ready citation of an entry page in APA style for an entry in an
 * online reference work — "Title. (Year, Month Day). In Site. URL" — dated by the entry's
 * last change (never the build's clock), "n.d." when that is not known.
 */
import { formatPartialDate, parsePartialDate } from '../model/dates.ts';
import { SITE_NAME } from './page-meta.ts';

export interface PageCitation {
  title: string;
  /** "(2023, September 27)" or "(n.d.)". */
  date: string;
  site: string;
  url: string;
  /** The whole citation as one line of text, what the copy button copies. */
  text: string;
}

function apaDate(updated: string | undefined): string {
  if (!updated) return '(n.d.)';
  const [year] = updated.split('-');
  const [day, month] = formatPartialDate(parsePartialDate(updated)).split(' ');
  return `(${year}, ${month} ${day})`;
}

export function pageCitation(title: string, url: string, updated: string | undefined): PageCitation {
  const date = apaDate(updated);
  const end = /[.?!]$/.test(title) ? '' : '.';
  return { title, date, site: SITE_NAME, url, text: `${title}${end} ${date}. In ${SITE_NAME}. ${url}` };
}
