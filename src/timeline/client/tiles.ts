/**
 * The chart's drawing surface: a stack of canvas tiles, of which only those in (or near) the
 * viewport are painted. A chart of many lanes is thousands of pixels tall; painting and
 * handing the whole of it to the compositor every zoom frame cost more than the frame has.
 * Tiles out of view are marked stale and painted when they scroll near.
 */

/** Height of a tile in CSS pixels. */
const TILE = 256;
/** Tiles this close to the viewport count as in view, so scrolling finds them painted. */
const MARGIN = 200;

export interface Tile {
  context: CanvasRenderingContext2D;
  /** The rows of the chart it shows, in CSS pixels: [top, top + height). */
  top: number;
  height: number;
}

interface TileState extends Tile {
  canvas: HTMLCanvasElement;
  stale: boolean;
  inView: boolean;
}

/** Paints the given tiles; `rows` spans all of them, so one layout serves the lot. */
export type PaintTiles = (tiles: readonly Tile[], rows: [number, number]) => void;

export class CanvasTiles {
  /** Holds the tiles; the chart's pointer and zoom handling listen here. */
  readonly element: HTMLDivElement;
  private tiles: TileState[] = [];
  private readonly paintTiles: PaintTiles;
  private readonly observer: IntersectionObserver;

  constructor(host: HTMLElement, paintTiles: PaintTiles) {
    this.paintTiles = paintTiles;
    this.element = host.appendChild(document.createElement('div'));
    this.element.className = 'timeline-canvas';
    this.element.setAttribute('aria-hidden', 'true');
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const tile = this.tiles.find((t) => t.canvas === entry.target);
        if (tile) tile.inView = entry.isIntersecting;
      }
      this.paintStale();
    }, { rootMargin: `${MARGIN}px 0px` });
  }

  /**
   * New size: tiles made again, all stale, those in view painted now. In view is worked out
   * from the surface's position at once (the observer reports only after the next frame).
   */
  resize(width: number, height: number): void {
    const ratio = devicePixelRatio || 1;
    const top = this.element.getBoundingClientRect().top;
    const view: [number, number] = [-top - MARGIN, innerHeight - top + MARGIN];
    this.observer.disconnect();
    this.tiles = Array.from({ length: Math.ceil(height / TILE) }, (_, i) => {
      const canvas = document.createElement('canvas');
      const rows = Math.min(TILE, height - i * TILE);
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(rows * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${rows}px`;
      const tile = { canvas, context: canvas.getContext('2d')!, top: i * TILE, height: rows, stale: true, inView: false };
      tile.inView = tile.top < view[1] && tile.top + rows > view[0];
      return tile;
    });
    this.element.replaceChildren(...this.tiles.map((t) => t.canvas));
    this.element.style.width = `${width}px`;
    this.element.style.height = `${height}px`;
    for (const tile of this.tiles) this.observer.observe(tile.canvas);
  }

  /** Everything changed: paint the tiles in view now, the others when they come into view. */
  invalidate(): void {
    for (const tile of this.tiles) tile.stale = true;
    this.paintStale();
  }

  private paintStale(): void {
    const due = this.tiles.filter((t) => t.stale && t.inView);
    if (!due.length) return;
    const ratio = devicePixelRatio || 1;
    for (const tile of due) {
      tile.stale = false;
      tile.context.setTransform(ratio, 0, 0, ratio, 0, -tile.top * ratio);
    }
    this.paintTiles(due, [due[0]!.top, due.at(-1)!.top + due.at(-1)!.height]);
  }
}
