/**
 * `<orbital-timeline>`: turns the server's ordered list of events into an interactive chart.
 * It owns the view (range, lanes, filters, selected event), keeps it in the URL (a filter,
 * lane or button zoom is a history step; gestures, typing and selection replace the current
 * one) and restores it on load and on Back/Forward. Without JavaScript the list stays as it is.
 */
import type { TimelineData, TimelineEvent } from '../../lib/timeline.ts';
import { decodeView, encodeView, layoutLanes, matchesFilter, type ViewState } from '../../lib/timeline-view.ts';
import { TimelineChart, type Mark } from './chart.ts';

type HistoryStep = 'push' | 'replace' | 'none';
const FILTER_FIELDS = ['lanes', 'kind', 'person', 'spacecraft', 'organization', 'q'] as const;

class OrbitalTimeline extends HTMLElement {
  private data!: TimelineData;
  private view!: ViewState;
  private chart!: TimelineChart;
  private form!: HTMLFormElement;
  private plot!: HTMLElement;
  private details!: HTMLElement;
  private status!: HTMLElement;
  /** Events passing the filters, in time order: what the arrow keys walk through. */
  private shown: TimelineEvent[] = [];
  /** How the next end of a zoom is written to history. */
  private nextStep: HistoryStep = 'none';
  private listItems: HTMLElement[] | undefined;
  /** What the details line says when no event is active. */
  private hint = '';

  connectedCallback(): void {
    performance.mark('timeline:start');
    this.data = JSON.parse(this.querySelector('[data-timeline]')!.textContent!) as TimelineData;
    this.form = this.querySelector('[data-controls]')!;
    this.plot = this.querySelector('[data-plot]')!;
    this.details = this.querySelector('[data-details]')!;
    this.status = this.querySelector('[data-status]')!;
    this.hint = this.details.textContent!.trim();
    this.form.hidden = false;
    this.querySelector<HTMLElement>('[data-chart]')!.hidden = false;
    // Reading the width lays out the whole page (the list too): the benchmark reports it apart.
    void this.plot.clientWidth;
    performance.mark('timeline:page-layout');

    this.view = decodeView(location.search);
    this.chart = new TimelineChart(this.plot, {
      onRangeEnd: (range) => this.rangeEnded(range),
      onHover: (mark) => this.describe(mark?.events[0] ?? this.activeEvent(), mark),
      onClusterClick: (mark) => this.zoomInto(mark),
    });
    this.applyView();
    this.listen();
    performance.mark('timeline:ready');
    performance.measure('timeline:first-render', 'timeline:start', 'timeline:ready');
    performance.measure('timeline:chart-render', 'timeline:page-layout', 'timeline:ready');
    // The frame after the first render, once style, layout and paint are done (read by the benchmark).
    requestAnimationFrame(() => setTimeout(() => performance.measure('timeline:first-frame', 'timeline:start')));
    this.dataset.ready = '';
  }

  /** What the chart shows (its canvas has no DOM of its own): events per mark, spans in view. */
  get drawn(): TimelineChart['drawn'] {
    return this.chart.drawn;
  }

  /** Where an event's mark is drawn, in pixels from the chart's top left corner. */
  markAt(id: string): [number, number] | undefined {
    const mark = this.chart.markOf(id);
    return mark && [mark.x, mark.y];
  }

  /** Puts the whole view (from the URL) on the controls, the chart and the list. */
  private applyView(): void {
    for (const name of FILTER_FIELDS) {
      const control = this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (control) control.value = this.view[name] ?? '';
    }
    this.applyFilters();
    this.nextStep = 'none';
    this.chart.setRange(this.view.from !== undefined && this.view.to !== undefined ? [this.view.from, this.view.to] : this.chart.fullRange, false);
    this.select(this.view.event, 'none');
  }

  private applyFilters(): void {
    const names = this.data;
    this.shown = this.data.events.filter((e) => matchesFilter(e, this.view, names));
    const spans = this.data.spans.filter((s) => matchesFilter(s, this.view, names));
    this.chart.setModel(layoutLanes(this.shown, spans, this.view.lanes, names), this.data.extent, this.plot.clientWidth);
    const visible = new Set(this.shown.map((e) => e.id));
    // The list starts complete: it is only walked once a filter has hidden something.
    if (this.listItems || this.shown.length < this.data.events.length) {
      this.listItems ??= [...this.querySelectorAll<HTMLElement>('[data-timeline-list] > li')];
      for (const li of this.listItems) {
        const hidden = !visible.has(li.dataset.event!);
        if (li.hidden !== hidden) li.hidden = hidden;
      }
    }
    this.status.textContent = `Showing ${this.shown.length} of ${this.data.events.length} events and ${spans.length} spans.`;
    if (this.view.event && !visible.has(this.view.event)) this.select(undefined, 'none');
  }

  private listen(): void {
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('change', (e) => {
      if ((e.target as HTMLElement).matches('select')) this.readControls('push');
    });
    this.form.addEventListener('input', (e) => {
      if ((e.target as HTMLElement).matches('input')) this.readControls('replace');
    });
    this.form.addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button');
      if (!button) return;
      this.nextStep = 'push';
      if (button.dataset.zoom === 'in') this.chart.zoomBy(2);
      else if (button.dataset.zoom === 'out') this.chart.zoomBy(0.5);
      else if (button.dataset.zoom === 'fit') this.chart.setRange(this.chart.fullRange);
      else if (button.dataset.preset) {
        const preset = this.data.presets.find((p) => p.id === button.dataset.preset)!;
        this.chart.setRange([preset.from, preset.to]);
      } else if ('clear' in button.dataset) {
        for (const name of FILTER_FIELDS) if (name !== 'lanes') this.view[name] = undefined;
        this.applyView();
        this.write('push');
      }
    });
    this.plot.addEventListener('keydown', (e) => this.key(e));
    this.plot.addEventListener('focus', () => {
      if (!this.view.event) this.select(this.firstInView()?.id, 'replace');
      else this.describe(this.activeEvent());
    });
    let width = this.plot.clientWidth;
    new ResizeObserver(() => {
      // Only a new width needs a new layout; the chart's own height changes come through here too.
      if (this.plot.clientWidth && this.plot.clientWidth !== width) this.applyFilters();
      width = this.plot.clientWidth;
    }).observe(this.plot);
    addEventListener('popstate', () => {
      this.view = decodeView(location.search);
      this.applyView();
    });
  }

  private readControls(step: HistoryStep): void {
    const values = Object.fromEntries(new FormData(this.form)) as Record<string, string>;
    for (const name of FILTER_FIELDS) if (name !== 'lanes') this.view[name] = values[name] || undefined;
    this.view.lanes = values.lanes === 'kind' ? 'kind' : 'spacecraft';
    this.applyFilters();
    this.write(step);
  }

  private rangeEnded([from, to]: [number, number]): void {
    this.view.from = from;
    this.view.to = to;
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

  private select(id: string | undefined, step: HistoryStep): void {
    const event = this.shown.find((e) => e.id === id);
    this.view.event = event?.id;
    this.chart.setActive(event?.id, event?.start);
    this.describe(event);
    this.write(step);
  }

  private zoomInto(mark: Mark): void {
    const from = Math.min(...mark.events.map((e) => e.start));
    const to = Math.max(...mark.events.map((e) => e.end));
    this.nextStep = 'push';
    this.chart.setRange([from - (to - from) * 0.2, to + (to - from) * 0.2]);
    this.select(mark.events[0]!.id, 'replace');
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
      case '+': case '=': this.nextStep = 'push'; this.chart.zoomBy(2, active?.start); break;
      case '-': this.nextStep = 'push'; this.chart.zoomBy(0.5, active?.start); break;
      case '0': this.nextStep = 'push'; this.chart.setRange(this.chart.fullRange); break;
      case 'Escape': this.select(undefined, 'replace'); break;
      default: return;
    }
    e.preventDefault();
  }

  /** The details line under the chart: the event under the pointer or the active one. */
  private describe(event: TimelineEvent | undefined, mark?: Mark): void {
    this.details.replaceChildren();
    if (!event) {
      this.details.textContent = this.hint;
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
