/**
 * `<orbital-timeline>`: loads the timeline's data file and turns it into an interactive
 * chart. It owns the view (range, lanes, filters, selected event), keeps it in the URL (a
 * filter, lane or button zoom is a history step; gestures, typing and selection replace the
 * current one) and restores it on load and on Back/Forward. It opens on the densest stretch
 * of events, hides the lanes empty in the range shown, and lists the events in view as text.
 * Without JavaScript the page links to the timeline's pages by year instead.
 */
import { max, min } from 'd3-array';
import type { Names, TimelineData, TimelineEvent } from '../data.ts';
import { defaultRange } from '../default-view.ts';
import { ENTITY_FILTERS, FILTER_NAMES, matchesFilter, type FilterName } from '../filters.ts';
import { inRange, layoutLanes, lanesInRange, type Lane } from '../lanes.ts';
import type { MarkBox } from '../layout.ts';
import { decodeView, encodeView, knownView, type ViewState } from '../url-state.ts';
import { TimelineChart, type Drawn } from './chart.ts';

type HistoryStep = 'push' | 'replace' | 'none';
/** The text alternative lists at most this many events in view; the pages by year list them all. */
const LIST_MAX = 100;

class OrbitalTimeline extends HTMLElement {
  private data!: TimelineData;
  private view!: ViewState;
  private chart!: TimelineChart;
  private form!: HTMLFormElement;
  private plot!: HTMLElement;
  private details!: HTMLElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private listNote!: HTMLElement;
  /** Events passing the filters, in time order: what the arrow keys walk through. */
  private shown: TimelineEvent[] = [];
  private spanCount = 0;
  /** Lanes of everything passing the filters; the chart shows those with items in view. */
  private lanes: Lane[] = [];
  /** The lanes the chart was last given; undefined when it must be given them again (none is a set too). */
  private laneKeys: string | undefined;
  /** The plot's width when the chart was last laid out. */
  private width = 0;
  /** How the next end of a zoom is written to history. */
  private nextStep: HistoryStep = 'none';
  /** What the details line says when no event is active: the page's own, with its wording for touch screens. */
  private hint: Node[] = [];
  /** Whether the kinds and stories are in the controls yet. */
  private filled = false;
  /** The range and events the list was last made for, so an unchanged view is not listed again. */
  private listed: { range: string; shown: TimelineEvent[] } | undefined;

  async connectedCallback(): Promise<void> {
    performance.mark('timeline:start');
    const response = await fetch(this.dataset.src!);
    this.data = (await response.json()) as TimelineData;
    performance.mark('timeline:data');
    this.form = this.querySelector('[data-controls]')!;
    this.plot = this.querySelector('[data-plot]')!;
    this.details = this.querySelector('[data-details]')!;
    this.status = this.querySelector('[data-status]')!;
    this.list = this.querySelector('[data-timeline-list]')!;
    this.listNote = this.querySelector('[data-list-note]')!;
    this.hint = [...this.details.childNodes];
    this.view = knownView(decodeView(location.search), this.data);
    // The chart first: the entity menus (thousands of names in a large record) are filled
    // once it is painted, except those the URL sets, which the view needs now.
    const later = ENTITY_FILTERS.filter((f) => !this.view[f.name]);
    this.fillControls(ENTITY_FILTERS.filter((f) => this.view[f.name]));
    this.form.hidden = false;
    this.querySelector<HTMLElement>('[data-chart]')!.hidden = false;
    // The page's complete list, for readers without the chart: the chart's own list replaces it.
    const everyEvent = this.querySelector<HTMLElement>('[data-every-event]');
    if (everyEvent) everyEvent.hidden = true;
    const filters = this.querySelector<HTMLDetailsElement>('[data-filters]')!;
    filters.open = matchMedia('(min-width: 600px)').matches;

    this.chart = new TimelineChart(this.plot, {
      onRangeEnd: (range) => this.rangeEnded(range),
      onHover: (mark) => this.describe(mark?.events[0] ?? this.activeEvent(), mark),
      onClusterClick: (mark) => this.zoomInto(mark),
    });
    this.applyView();
    this.listen();
    performance.mark('timeline:chart');
    performance.measure('timeline:chart-render', 'timeline:data', 'timeline:chart');
    // The frame that shows the chart has been painted (read by the benchmark); then the menus.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    performance.measure('timeline:first-frame', 'timeline:start');
    this.fillControls(later);
    performance.mark('timeline:ready');
    performance.measure('timeline:first-render', 'timeline:start', 'timeline:ready');
    this.dataset.ready = '';
  }

  /** What the chart shows (its canvas has no DOM of its own): events per mark, spans and lanes in view. */
  get drawn(): Drawn {
    return this.chart.drawn;
  }

  /** The range shown, in UTC ms. */
  get range(): [number, number] {
    return this.chart.range();
  }

  /** Where an event's mark is drawn, in pixels from the chart's top left corner. */
  markAt(id: string): [number, number] | undefined {
    const mark = this.chart.markOf(id);
    return mark && [mark.x, mark.y];
  }

  /**
   * The select options come with the data, so the page stays the same size however large
   * the record. The kinds and stories go in with the first call, the given entity menus in each.
   */
  private fillControls(entityFilters: ReadonlyArray<(typeof ENTITY_FILTERS)[number]>): void {
    const add = (name: string, options: Array<[string, string]>) => {
      const select = this.form.elements.namedItem(name) as HTMLSelectElement;
      select.append(...options.map(([value, label]) => new Option(label, value)));
      // Set again now that the option exists (the URL may name it).
      if (name !== 'kind') select.value = this.view[name as FilterName] ?? '';
    };
    const byName = new Intl.Collator(undefined).compare;
    if (!this.filled) {
      this.filled = true;
      add('kind', [...new Set(this.data.events.map((e) => e.kind))].sort().map((k) => [k, k]));
      this.form.querySelector('[data-presets]')!.append(...this.data.presets.map((p) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.preset = p.id;
        button.textContent = p.label;
        return button;
      }));
    }
    for (const f of entityFilters) {
      const names: Names[typeof f.field] = this.data[f.field];
      const used = new Set<string>();
      for (const items of [this.data.events, this.data.spans]) for (const item of items) for (const id of item[f.field]) used.add(id);
      add(f.name, [...used].map((id): [string, string] => [id, names[id] ?? id]).sort((a, b) => byName(a[1], b[1])));
    }
  }

  /** Puts the whole view (from the URL) on the controls, the chart and the list. */
  private applyView(): void {
    for (const name of ['lanes', ...FILTER_NAMES] as const) {
      const control = this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (control) control.value = this.view[name] ?? '';
    }
    const range: [number, number] = this.view.from !== undefined && this.view.to !== undefined
      ? [this.view.from, this.view.to]
      : defaultRange(this.data.events, this.data.extent);
    this.applyFilters(range);
    this.nextStep = 'none';
    this.chart.setRange(range, false);
    // A range the address gives is kept, even with its selected event outside it: a shared link reopens its view.
    this.select(this.view.event, 'none', this.view.from === undefined);
  }

  private applyFilters(range = this.chart.range()): void {
    const names = this.data;
    // Without a filter everything passes: no need to look at ten thousand items.
    const any = FILTER_NAMES.some((name) => this.view[name]?.trim());
    this.shown = any ? this.data.events.filter((e) => matchesFilter(e, this.view, names)) : this.data.events;
    const spans = any ? this.data.spans.filter((s) => matchesFilter(s, this.view, names)) : this.data.spans;
    this.spanCount = spans.length;
    this.lanes = layoutLanes(this.shown, spans, this.view.lanes, names);
    this.laneKeys = undefined;
    this.showLanes(range);
    this.listInView(range);
    if (this.view.event && !this.shown.some((e) => e.id === this.view.event)) this.select(undefined, 'none');
  }

  /** The chart shows only the lanes with something in the range: a new model when that set changes. */
  private showLanes([from, to]: [number, number]): void {
    const lanes = lanesInRange(this.lanes, from, to);
    const keys = lanes.map((l) => l.key).join('\n');
    if (keys === this.laneKeys) return;
    this.laneKeys = keys;
    this.width = this.plot.clientWidth;
    this.chart.setModel(lanes, this.data.extent, this.width);
  }

  /** The text alternative: the events in view, in time order, as links. */
  private listInView([from, to]: [number, number]): void {
    const range = `${from} ${to}`;
    if (this.listed?.range === range && this.listed.shown === this.shown) return;
    this.listed = { range, shown: this.shown };
    const inView = this.shown.filter((e) => inRange(e, from, to));
    this.list.replaceChildren(...inView.slice(0, LIST_MAX).map((e) => {
      const li = document.createElement('li');
      li.dataset.event = e.id;
      const time = document.createElement('time');
      time.dateTime = e.datetime;
      time.textContent = e.when;
      const kind = document.createElement('span');
      kind.className = 'timeline-list__kind';
      kind.textContent = e.kind;
      const link = document.createElement('a');
      link.className = 'timeline-list__title';
      link.href = e.href;
      link.textContent = e.title;
      li.append(time, ' ', kind, ' ', link);
      return li;
    }));
    this.listNote.hidden = inView.length <= LIST_MAX;
    const spans = `${this.spanCount} ${this.spanCount === 1 ? 'span' : 'spans'}`;
    const none = this.shown.length === 0 ? ' Nothing matches these filters: clear them to see every event.' : '';
    const all = this.data.events.length;
    // "of M" counts the events the filters leave, of the record's all; the range picks from those.
    const which = this.shown.length === all ? 'those in this range' : `those in this range; ${this.shown.length} of the ${all} match the filters`;
    this.status.textContent = `Showing ${inView.length} of ${this.shown.length} events (${which}) and ${spans}.${none}`;
  }

  private listen(): void {
    this.form.addEventListener('submit', (e) => e.preventDefault());
    // A run of changes to one control is one step back, not one per key: text typed, or a
    // list stepped through with the arrow keys. Its first change adds a history entry (so Back
    // returns to the view before it), the rest replace it, until the control is left.
    let changing: EventTarget | null = null;
    const changed = (e: Event) => {
      this.readControls(e.target === changing ? 'replace' : 'push');
      changing = e.target;
    };
    this.form.addEventListener('focusout', () => {
      changing = null;
    });
    this.form.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).matches('select')) changed(e);
    });
    this.form.addEventListener('input', (e) => {
      if ((e.target as HTMLElement).matches('input')) changed(e);
    });
    this.form.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button');
      if (!button) return;
      this.nextStep = 'push';
      if (button.dataset.zoom === 'in') this.chart.zoomBy(2, this.zoomPoint());
      else if (button.dataset.zoom === 'out') this.chart.zoomBy(0.5, this.zoomPoint());
      else if (button.dataset.zoom === 'all') this.chart.setRange(this.chart.fullRange);
      else if (button.dataset.preset) {
        const preset = this.data.presets.find((p) => p.id === button.dataset.preset)!;
        this.chart.setRange([preset.from, preset.to]);
      } else if ('clear' in button.dataset) {
        for (const name of FILTER_NAMES) this.view[name] = undefined;
        this.view.event = undefined;
        [this.view.from, this.view.to] = this.chart.range();
        this.applyView();
        this.write('push');
      }
    });
    this.plot.addEventListener('keydown', (e) => this.key(e));
    this.plot.addEventListener('focus', () => {
      // Only a keyboard's focus starts on the first event: a click or a drag selects nothing it did not hit.
      if (!this.view.event && this.plot.matches(':focus-visible')) this.select(this.firstInView()?.id, 'replace');
      else this.describe(this.activeEvent());
    });
    let width = this.width;
    new ResizeObserver(() => {
      // Only a new width needs a new layout; the chart's own height changes come through here too.
      if (this.plot.clientWidth && this.plot.clientWidth !== width) {
        this.laneKeys = undefined;
        this.showLanes(this.chart.range());
      }
      width = this.plot.clientWidth;
    }).observe(this.plot);
    addEventListener('popstate', () => {
      this.view = knownView(decodeView(location.search), this.data);
      this.applyView();
    });
  }

  private readControls(step: HistoryStep): void {
    const values = Object.fromEntries(new FormData(this.form)) as Record<string, string>;
    for (const name of FILTER_NAMES) this.view[name] = values[name] || undefined;
    this.view.lanes = values.lanes === 'kind' ? 'kind' : 'spacecraft';
    this.applyFilters();
    this.write(step);
  }

  private rangeEnded(range: [number, number]): void {
    [this.view.from, this.view.to] = range;
    this.showLanes(range);
    this.listInView(range);
    const step = this.nextStep;
    this.nextStep = 'replace';
    if (step !== 'none') this.write(step);
    this.describe(this.activeEvent());
  }

  private write(step: HistoryStep): void {
    const search = encodeView(this.view);
    const url = `${location.pathname}${search ? `?${search}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (step === 'push') history.pushState(null, '', url);
    else if (step === 'replace') history.replaceState(null, '', url);
  }

  private activeEvent(): TimelineEvent | undefined {
    return this.shown.find((e) => e.id === this.view.event);
  }

  private firstInView(): TimelineEvent | undefined {
    const [from] = this.chart.range();
    return this.shown.find((e) => e.start >= from) ?? this.shown[0];
  }

  /** Makes an event the active one; `reveal` pans the chart to it when it is out of view. */
  private select(id: string | undefined, step: HistoryStep, reveal = true): void {
    const event = this.shown.find((e) => e.id === id);
    this.view.event = event?.id;
    this.chart.setActive(event?.id, reveal ? event?.start : undefined);
    this.describe(event);
    this.write(step);
  }

  /**
   * Zooms until a cluster's marks stand apart: to the spread of their starts, where the marks
   * are drawn. Its events' whole extent could be the view already (the leak and the month-long
   * investigation that began the same day), and a click would do nothing. Marks that start
   * together cannot part: then the view is their events' extent, the bars telling them apart.
   */
  private zoomInto(mark: MarkBox): void {
    const from = min(mark.events, (e) => e.start)!;
    let to = max(mark.events, (e) => e.start)!;
    if (to === from) to = max(mark.events, (e) => e.end)!;
    // Chosen first and written with the zoom, as one step: Back returns to the view before the click.
    this.select(mark.events[0]!.id, 'none');
    this.nextStep = 'push';
    this.chart.setRange([from - (to - from) * 0.2, to + (to - from) * 0.2]);
  }

  /** Where + and − zoom: at the chosen event while it is in view, else the view's middle. */
  private zoomPoint(): number | undefined {
    const active = this.activeEvent();
    const [from, to] = this.chart.range();
    return active && inRange(active, from, to) ? active.start : undefined;
  }

  private key(e: KeyboardEvent): void {
    const index = this.shown.findIndex((ev) => ev.id === this.view.event);
    const move = (to: number) => this.select(this.shown[Math.max(0, Math.min(this.shown.length - 1, to))]?.id, 'replace');
    const active = this.activeEvent();
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const dir = e.key === 'ArrowRight' ? 1 : -1;
        if (e.shiftKey) {
          this.nextStep = 'replace';
          this.chart.panBy(dir / 4);
        } else move(index === -1 ? this.shown.indexOf(this.firstInView()!) : index + dir);
        break;
      }
      case 'Home': move(0); break;
      case 'End': move(this.shown.length - 1); break;
      case 'Enter': if (active) location.assign(active.href); break;
      case '+': case '=': this.nextStep = 'push'; this.chart.zoomBy(2, this.zoomPoint()); break;
      case '-': this.nextStep = 'push'; this.chart.zoomBy(0.5, this.zoomPoint()); break;
      case '0': this.nextStep = 'push'; this.chart.setRange(this.chart.fullRange); break;
      case 'Escape': this.select(undefined, 'replace'); break;
      default: return;
    }
    e.preventDefault();
  }

  /** The details line under the chart: the event under the pointer or the active one. */
  private describe(event: TimelineEvent | undefined, mark?: MarkBox): void {
    this.details.replaceChildren();
    this.details.toggleAttribute('data-showing', event !== undefined);
    if (!event) {
      this.details.append(...this.hint);
      return;
    }
    const title = document.createElement('a');
    title.href = event.href;
    title.textContent = event.title;
    const when = document.createElement('time');
    when.dateTime = event.datetime;
    when.textContent = event.when;
    const summary = document.createElement('p');
    summary.textContent = event.summary;
    const heading = document.createElement('p');
    heading.className = 'timeline-details__title';
    const cluster = this.chart.markOf(event.id) ?? mark;
    const more = cluster && cluster.events.length > 1 ? ` · one of ${cluster.events.length} events here` : '';
    heading.append(title, ' · ', when, ` · ${event.kind}${more}`);
    this.details.append(heading, summary);
  }
}

customElements.define('orbital-timeline', OrbitalTimeline);
