/**
 * Node labels that never overlap and never leave the canvas. Sigma's label grid
 * (labelDensity, labelGridCellSize, labelRenderedSizeThreshold) picks the
 * candidates per cell, but long Russian names still run into each other across
 * cells and off the right edge. So the renderer's label function only collects
 * the candidates of a frame; after the frame they are placed biggest node
 * first, to the right of the node or else to its left, kept inside the
 * canvas, and a label that would cover one already placed is left out.
 */

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label sigma wants drawn, in viewport pixels. */
export interface LabelCandidate {
  key: string;
  label: string;
  x: number;
  y: number;
  /** Rendered node radius. */
  size: number;
  /** Selected, hovered or marked: placed before everything else. */
  forced: boolean;
}

export interface PlacedLabel {
  key: string;
  label: string;
  box: LabelBox;
}

const GAP = 3;
const MARGIN = 2;
/** Space kept between two labels on a line, so neighbours never read as one name. */
const SPACING = 6;

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width + SPACING && b.x < a.x + a.width + SPACING && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: LabelBox, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

/**
 * Places the candidates: forced first, then by node size (the grid's order is per
 * cell, so a small node could otherwise take the place of a hub's label). Right
 * of the node, else left of it, else pushed inside the canvas; dropped when every
 * position covers a label already placed. Forced labels are always placed.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (text: string) => number,
  fontSize: number,
  viewport: { width: number; height: number },
): PlacedLabel[] {
  const ordered = [...candidates].sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size);
  const placed: PlacedLabel[] = [];
  const height = Math.ceil(fontSize * 1.25);
  for (const candidate of ordered) {
    const width = Math.ceil(measure(candidate.label));
    const top = Math.min(Math.max(candidate.y - height / 2, 0), Math.max(viewport.height - height, 0));
    const right = { x: candidate.x + candidate.size + GAP, y: top, width, height };
    const left = { x: candidate.x - candidate.size - GAP - width, y: top, width, height };
    const pushedIn = {
      x: Math.min(Math.max(right.x, MARGIN), Math.max(viewport.width - width - MARGIN, 0)),
      y: top,
      width,
      height,
    };
    const options = [right, left].filter((box) => inside(box, viewport.width, viewport.height));
    if (options.length === 0) options.push(pushedIn);
    const free = options.find((box) => !placed.some((p) => overlaps(p.box, box)));
    const box = free ?? (candidate.forced ? options[0] : undefined);
    if (box) placed.push({ key: candidate.key, label: candidate.label, box });
  }
  return placed;
}

/** A canvas's size in CSS pixels, the unit sigma draws labels in (its backing store is scaled by the pixel ratio). */
function cssSize(canvas: HTMLCanvasElement): { width: number; height: number } {
  return { width: canvas.clientWidth, height: canvas.clientHeight };
}

/** What the label layer needs from sigma's settings. */
export interface LabelStyle {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
  labelColor: { color?: string };
}

/**
 * The label layer of one renderer: `begin` runs on `beforeRender`, `collect`
 * is sigma's `defaultDrawNodeLabel`, `flush` runs on `afterRender` and draws
 * the frame's labels on the labels canvas; `drawn` tells tests what is on screen.
 */
export function createLabelLayer() {
  let pending: LabelCandidate[] = [];
  let drawn: PlacedLabel[] = [];
  let target: CanvasRenderingContext2D | null = null;
  let style: LabelStyle | null = null;
  return {
    /** Runs on `beforeRender`: candidates of a frame sigma drew before the layer listened are dropped. */
    begin(): void {
      pending = [];
    },
    collect(
      context: CanvasRenderingContext2D,
      data: { key?: string; label?: string | null; x: number; y: number; size: number; forceLabel?: boolean },
      settings: LabelStyle,
    ): void {
      if (!data.label) return;
      target = context;
      style = settings;
      const key = data.key ?? data.label;
      pending.push({ key, label: data.label, x: data.x, y: data.y, size: data.size, forced: Boolean(data.forceLabel) });
    },
    flush(): void {
      const context = target;
      const settings = style;
      const candidates = pending;
      pending = [];
      if (!context || !settings) {
        drawn = [];
        return;
      }
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      context.fillStyle = settings.labelColor.color ?? '#000';
      context.textBaseline = 'middle';
      // A white halo keeps a label readable where it crosses edges and nodes.
      context.strokeStyle = 'rgb(255 255 255 / 85%)';
      context.lineWidth = 3;
      context.lineJoin = 'round';
      drawn = placeLabels(
        candidates,
        (text) => context.measureText(text).width,
        settings.labelSize,
        cssSize(context.canvas),
      );
      for (const { label, box } of drawn) {
        context.strokeText(label, box.x, box.y + box.height / 2);
        context.fillText(label, box.x, box.y + box.height / 2);
      }
    },
    /**
     * Sigma's `defaultDrawNodeHover`: a halo around the hovered or selected node
     * and its label on a white box, on whichever side keeps it inside the canvas
     * (sigma's own always draws right of the node and is cut off at the edge).
     */
    hover(
      context: CanvasRenderingContext2D,
      data: { label?: string | null; x: number; y: number; size: number },
      settings: LabelStyle,
    ): void {
      context.save();
      context.fillStyle = '#fff';
      context.shadowBlur = 8;
      context.shadowColor = 'rgb(0 0 0 / 35%)';
      context.beginPath();
      context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
      context.fill();
      if (data.label) {
        context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
        const [placed] = placeLabels(
          [{ key: '', label: data.label, x: data.x, y: data.y, size: data.size + 2, forced: true }],
          (text) => context.measureText(text).width,
          settings.labelSize,
          cssSize(context.canvas),
        );
        if (placed) {
          const { x, y, width, height } = placed.box;
          context.fillRect(x - 3, y - 1, width + 6, height + 2);
          context.shadowBlur = 0;
          context.fillStyle = settings.labelColor.color ?? '#000';
          context.textBaseline = 'middle';
          context.fillText(data.label, x, y + height / 2);
        }
      }
      context.restore();
    },
    drawn: (): readonly PlacedLabel[] => drawn,
  };
}
