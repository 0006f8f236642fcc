/**
 * The /search/ page on Pagefind's JS API: runs the search in the URL, renders result cards
 * (type badge, date, summary, highlighted excerpt), filter checkboxes with counts and the
 * sort choice, and keeps the URL in step so every view can be shared and restored.
 */
import {
  FILTER_NAMES,
  type FilterName,
  hasFilters,
  pagefindSearchOptions,
  parseSearchState,
  searchStateParams,
  type SearchState,
  type SortName,
} from '../state';
import { nameMatchesFirst } from '../rank';
import { rankedAs, unquoted } from '../phrase';
import { namesIn } from '../ranking';
import { typingPause, wordsToPreload } from '../typing';
import { matchedText, unmatchedWords } from '../unmatched';
import { nearestNames } from '../nearest-names';
import { searchWords } from '../words';
import type { TitleRow } from '../../publish/nearest-entries';
import { titleItem } from '../../publish/client/title-item';
import { indexReachable, loadPagefind, type FilterCounts, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind-api';
import { filterCounter, widenedCounts } from './filter-counts';
import { listKeyboardNavigation } from './keys';
import { keepSearchedOffline, markResultsNotKept } from './keep-offline';

const PAGE_SIZE = 10;

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Pagefind's excerpt is HTML with <mark> around matches; keep the marks and nothing else. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) =>
    node.nodeName === 'MARK' ? element('mark', undefined, node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

function resultCard(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result__title');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  link.dataset.resultLink = '';
  heading.append(link);
  const meta = element('p', 'search-result__meta');
  const type = data.meta.type ?? data.filters.type?.[0];
  if (type) {
    const badge = element('span', 'search-badge', type);
    badge.dataset.type = type;
    meta.append(badge);
  }
  if (data.meta.date) meta.append(element('span', 'search-result__date', data.meta.date));
  item.append(heading, meta);
  // A page with no more text than its summary (a source) has the summary for excerpt: shown once, marked.
  if (data.meta.summary && data.meta.summary !== data.plain_excerpt.trim()) item.append(element('p', 'search-result__summary', data.meta.summary));
  const excerpt = element('p', 'search-result__excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

function label(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** What a filter's values mean, where the name alone would mislead: a person's year is the birth's. */
const FILTER_HINTS: Partial<Record<FilterName, string>> = {
  year: "The years an entry's own dates cover: an event's, a flight's, a term of office's, a person's birth, an organization's founding, a source's publication.",
};

function renderFilters(container: HTMLElement, state: SearchState, counts: FilterCounts, all: FilterCounts) {
  const focused = document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement)
    ? `${document.activeElement.name}=${document.activeElement.value}`
    : undefined;
  const groups = FILTER_NAMES.filter((name) => all[name]).map((name) => {
    const group = element('fieldset', 'search-filter');
    group.append(element('legend', undefined, label(name)));
    const hint = FILTER_HINTS[name];
    if (hint) {
      const text = element('p', 'search-filter__hint', hint);
      text.id = `filter-hint-${name}`;
      group.setAttribute('aria-describedby', text.id);
      group.append(text);
    }
    const list = element('ul');
    const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    for (const value of values) {
      const id = `filter-${name}-${value}`.replace(/[^\w-]/g, '_');
      const box = element('input');
      box.type = 'checkbox';
      box.id = id;
      box.name = name;
      box.value = value;
      box.checked = state.filters[name]?.includes(value) ?? false;
      const text = element('label', undefined, `${value} `);
      text.htmlFor = id;
      text.append(element('span', 'search-filter__count', `(${counts[name]?.[value] ?? 0})`));
      const item = element('li');
      item.append(box, text);
      list.append(item);
    }
    group.append(list);
    return group;
  });
  container.replaceChildren(...groups);
  container.removeAttribute('aria-busy');
  if (focused) {
    [...container.querySelectorAll('input')].find((box) => `${box.name}=${box.value}` === focused)?.focus();
  }
}

/**
 * The query's words the results do not stand for. Judged on the first: a word Pagefind did
 * not find, and replaced by a scrap of it, is the same scrap in every result.
 */
async function wordsNotFound(query: string, results: readonly PagefindResult[]): Promise<string[]> {
  const [first] = results;
  if (!query || !first) return [];
  const data = await first.data();
  return unmatchedWords(query, matchedText({ rawContent: data.raw_content, locations: data.locations, meta: data.meta, matchedMetaFields: first.matchedMetaFields ?? [] }));
}

/** The width below which the filters stand above the results (search.css): there they start folded. */
const PHONE = '(max-width: 48rem)';

/** Folded on a phone, open (and not foldable: no focus, no toggle) beside the results. */
function foldFiltersOnPhones() {
  const box = required<HTMLDetailsElement>('[data-search-filter-box]');
  const summary = required<HTMLElement>('[data-search-filter-box] > summary');
  const phone = matchMedia(PHONE);
  const fit = () => {
    box.open = !phone.matches;
    summary.tabIndex = phone.matches ? 0 : -1;
  };
  fit();
  phone.addEventListener('change', fit);
  box.addEventListener('toggle', () => {
    if (!phone.matches && !box.open) box.open = true;
  });
}

/**
 * "(2 chosen)" after the folded filters' heading, so a phone shows that results are filtered,
 * and "Clear filters", which also takes away a value no checkbox stands for (`?type=typo`).
 */
function showChosen(state: SearchState) {
  const chosen = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  required<HTMLElement>('[data-search-filter-chosen]').textContent = chosen > 0 ? ` (${chosen} chosen)` : '';
  required<HTMLButtonElement>('[data-search-clear]').hidden = chosen === 0;
}

/** Once online, a reload: Pagefind does not fetch its WebAssembly again after failing to. */
const UNREAD_INDEX = 'Search cannot read its index: this device seems to be offline and has no copy of it yet. Reload this page once online; after one visit online, search works offline too.';

const resultCount = (count: number) => (count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`);

/** `unfiltered`: how many the query finds without the filters, said when the filters leave none. */
function describe(state: SearchState, count: number, unfiltered = 0): string {
  const found = resultCount(count);
  const chosen = Object.entries(state.filters)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => `${name}: ${values.join(' or ')}`);
  const query = state.query ? ` for “${state.query}”` : '';
  const without = count === 0 && chosen.length > 0 && unfiltered > 0 ? ` Without the filters: ${resultCount(unfiltered).toLowerCase()}.` : '';
  return `${found}${query}${chosen.length > 0 ? `, filtered by ${chosen.join('; ')}` : ''}.${without}`;
}

export async function startSearchPage() {
  const form = required<HTMLFormElement>('[data-search-form]');
  const input = required<HTMLInputElement>('[data-search-primary]');
  const status = required<HTMLElement>('[data-search-status]');
  const app = required<HTMLElement>('[data-search-app]');
  const filtersBox = required<HTMLElement>('[data-search-filters]');
  const sortSelect = required<HTMLSelectElement>('[data-search-sort]');
  const list = required<HTMLOListElement>('[data-search-results]');
  const more = required<HTMLButtonElement>('[data-search-more]');
  const suggestions = required<HTMLElement>('[data-search-suggestions]');

  let state = parseSearchState(new URLSearchParams(location.search));
  input.value = state.query;
  sortSelect.value = state.sort;

  const loaded = await loadPagefind();
  if ('problem' in loaded) {
    status.textContent = loaded.problem;
    return;
  }
  const pagefind: Pagefind = loaded.pagefind;
  // Filters are counted apart (filter-counts.ts): loaded into this Pagefind, they would be
  // counted on every search, before any result could be shown.
  const countFilters = widenedCounts(filterCounter(pagefind));
  app.hidden = false;
  foldFiltersOnPhones();
  // The keys work once this script does: without it the hint does not offer them.
  required<HTMLElement>('[data-search-keys]').hidden = false;
  listKeyboardNavigation(input, list, '[data-result-link]');

  /** Results not shown yet, in display order; each loads its data when shown. */
  let pending: Array<() => Promise<PagefindResultData>> = [];

  /** The next page of cards; `arrange` may reorder that page (its data is loaded anyway). */
  async function nextCards(arrange: (page: PagefindResultData[]) => PagefindResultData[] = (page) => page) {
    const next = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const cards = arrange(await Promise.all(next.map((load) => load()))).map(resultCard);
    more.hidden = pending.length === 0;
    return cards;
  }

  async function showMore() {
    list.append(...(await nextCards()));
    history.replaceState({ shown: list.childElementCount }, '');
    keepSearchedOffline();
    void markResultsNotKept(list);
  }

  /** How many results "Show more" had shown at this history step: a return to it shows them again. */
  const shownAtStep = (): number => (typeof history.state?.shown === 'number' ? history.state.shown : 0);

  /**
   * Back to this page from a result, when the browser loads it again rather than from its
   * back/forward cache, restores the scroll before any result is listed, so the reader lands
   * near the top. Where the reader was is kept with the step on leaving, and scrolled to once
   * the results are listed again.
   */
  addEventListener('pagehide', () => history.replaceState({ ...history.state, scrollY }, ''));
  let scrollBack: number | undefined = typeof history.state?.scrollY === 'number' ? history.state.scrollY : undefined;

  /**
   * Pagefind's metadata boost counts the query words a title matches, not the words it has
   * besides, so "Soyuz MS-22 launch" can come before "Soyuz MS-22". Within the first page,
   * whose data is loaded to show it anyway, exact names move up: no extra request. Only
   * entries carry names (src/search/facets.ts); a source goes by its title, after entries.
   */
  const namesFirst = (query: string) => (page: PagefindResultData[]) =>
    nameMatchesFirst(query, page, (d) => [...new Set([d.meta.title ?? '', ...namesIn(d.meta, 'names')])], (d) => namesIn(d.meta, 'names').length === 0);

  let titleList: Promise<TitleRow[]> | undefined;
  /** Offers the entries nearest the words not found, from the title list (loaded the first time it is needed). */
  async function suggest(id: number, notFound: readonly string[]) {
    const url = suggestions.dataset.titleList;
    if (!url) return;
    titleList ??= fetch(url).then((r) => (r.ok ? (r.json() as Promise<TitleRow[]>) : []), () => []);
    const rows = nearestNames(notFound, await titleList);
    if (id !== latest || rows.length === 0) return;
    required<HTMLUListElement>('[data-search-suggestions] ul').replaceChildren(...rows.map(titleItem));
    suggestions.hidden = false;
  }

  /** Bumped on every change of state: a search for an older one is stale. */
  let latest = 0;
  let searching: Promise<void> | undefined;

  /**
   * One search at a time, then the newest state: Pagefind runs searches one after another,
   * so each search started for a state already left behind would delay the one wanted.
   */
  function search() {
    if (searching) return;
    const id = latest;
    searching = run(id).finally(() => {
      searching = undefined;
      if (latest !== id) search();
    });
  }

  async function run(id: number) {
    const shown = searchStateParams(state).toString();
    // Only the page's first search returns to where the reader was.
    const returnTo = scrollBack;
    scrollBack = undefined;
    showChosen(state);
    const options = pagefindSearchOptions(state);
    let found = true;
    suggestions.hidden = true;
    if (!state.query && !hasFilters(state)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a name, a craft or a word to search the record, or choose a filter.';
    } else {
      // Pagefind throws when its WebAssembly could not be fetched: with the index out of reach, nothing was searched.
      const response = await pagefind.search(state.query || null, options).catch(async (error: unknown) => {
        if (await indexReachable()) throw error;
        return undefined;
      });
      if (response === null || id !== latest) return;
      let searched = response?.results ?? [];
      const words = unquoted(state.query);
      if (words && state.sort === 'relevance' && searched.length > 1) {
        const ranking = await pagefind.search(words, options);
        if (id !== latest) return;
        if (ranking) searched = rankedAs(searched, ranking.results);
      }
      // The first page's fragments all start loading now (Pagefind keeps each), not after the first's check.
      for (const result of searched.slice(0, PAGE_SIZE)) result.data().catch(() => {});
      const notFound = await wordsNotFound(state.query, searched);
      found = notFound.length === 0;
      const results = found ? searched : [];
      pending = results.map((r) => () => r.data());
      const cards = await nextCards(state.sort === 'relevance' && state.query ? namesFirst(state.query) : undefined);
      if (id !== latest) return;
      list.replaceChildren(...cards);
      while (list.childElementCount < shownAtStep() && pending.length > 0) {
        const next = await nextCards();
        if (id !== latest) return;
        list.append(...next);
      }
      // Nothing found may be an index that could not be read (Pagefind searches without a chunk it
      // could not fetch): then the record is not what lacks the words.
      const unread = response === undefined || (results.length === 0 && !(await indexReachable()));
      if (id !== latest) return;
      status.textContent = unread ? UNREAD_INDEX : describe(state, results.length, found ? (response?.unfilteredResultCount ?? 0) : 0);
      if (returnTo !== undefined) window.scrollTo(0, returnTo);
      keepSearchedOffline();
      void markResultsNotKept(list);
      // Nothing found, for words the record lacks or under the filters chosen: the names nearest them.
      if (results.length === 0 && state.query && !unread) void suggest(id, found ? searchWords(state.query) : notFound);
    }
    // Marks for anyone waiting on a search (tests, the benchmark): `painted` once its results
    // are on the page, `shows` once its filter counts are too.
    list.dataset.painted = shown;
    void showCounts(id, shown, options.filters, found);
  }

  async function showCounts(id: number, shown: string, filters: ReturnType<typeof pagefindSearchOptions>['filters'], found: boolean) {
    // The counts on show are the last search's until this one's arrive.
    filtersBox.setAttribute('aria-busy', 'true');
    const counted = await countFilters(state.query || null, filters);
    if (id !== latest) return;
    // A query not found counts nothing under any filter, whatever scrap of it Pagefind matched.
    renderFilters(filtersBox, state, found ? counted.counts : {}, counted.all);
    list.dataset.shows = shown;
  }

  /**
   * Every search the reader asks for is a history step, so Back returns to the one before:
   * a filter or the sort is one step, and so is a run of typing (its pauses replace the
   * step it began), which Enter ends.
   */
  let typingStep = false;
  function update(change: Partial<SearchState>, step: 'typing' | 'submit' | 'choice') {
    state = { ...state, ...change };
    const params = searchStateParams(state).toString();
    const query = params ? `?${params}` : '';
    if (query !== location.search) {
      if (typingStep && step !== 'choice') history.replaceState(null, '', query || location.pathname);
      else history.pushState(null, '', query || location.pathname);
    }
    typingStep = step === 'typing';
    latest++;
    search();
  }

  addEventListener('popstate', () => {
    const arrived = parseSearchState(new URLSearchParams(location.search));
    // A jump within the page ("Skip to results") changes the fragment alone: searching again would rebuild the list under the keyboard.
    if (searchStateParams(arrived).toString() === searchStateParams(state).toString()) return;
    state = arrived;
    input.value = state.query;
    sortSelect.value = state.sort;
    typingStep = false;
    latest++;
    search();
  });

  let typing: ReturnType<typeof setTimeout> | undefined;
  let preloaded = '';
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => update({ query: input.value.trim() }, 'typing'), typingPause(input.value));
    const ahead = wordsToPreload(input.value);
    if (ahead && ahead !== preloaded) void pagefind.preload((preloaded = ahead), pagefindSearchOptions(state));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update({ query: input.value.trim() }, 'submit');
  });
  sortSelect.addEventListener('change', () => update({ sort: sortSelect.value as SortName }, 'choice'));
  filtersBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    update({ filters: { ...state.filters, [box.name]: [...values] } }, 'choice');
  });
  more.addEventListener('click', () => void showMore());
  addEventListener('offline', () => void markResultsNotKept(list));
  required<HTMLButtonElement>('[data-search-clear]').addEventListener('click', () => {
    update({ filters: {} }, 'choice');
    input.focus();
  });

  search();
}
