import { useCallback, useEffect, useRef, type RefObject } from 'react';

export interface View {
  x: number;
  y: number;
  k: number;
}

const MIN_ZOOM = 0.05;
const MAX_ZOOM = 3;
const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));
/** Below this zoom the boxes' names are under 5 px on screen: they are not drawn (world-graph.css). */
export const LOW_DETAIL_ZOOM = 0.4;

/**
 * Writes a view outside React: the pan to the canvas, the zoom to the layer inside it, and the level of detail.
 * Two elements, because Chrome paints a moved layer's content only within a margin around what is on screen, a
 * margin counted in the layer's own units: with the scale on the moved layer, a drag at 5 % zoom crossed that margin
 * every few frames and repainted the whole graph (a dropped frame each time). Moved at scale 1, it never does.
 */
function paint(canvas: HTMLElement, zoom: HTMLElement, { x, y, k }: View) {
  canvas.style.transform = `translate(${x}px, ${y}px)`;
  const scale = `scale(${k})`;
  if (zoom.style.transform !== scale) zoom.style.transform = scale;
  const detail = k < LOW_DETAIL_ZOOM ? 'low' : 'full';
  if (canvas.dataset.detail !== detail) canvas.dataset.detail = detail;
}

/**
 * Pan (drag) and zoom (wheel, buttons) of one canvas inside a viewport. The transform is written straight to the
 * canvas' style, once per frame, and never through React: a pan then repaints nothing, the compositor moves the
 * layer (the benchmark measures the frames of a scripted pan). A fit is written at once, so that the first frame of
 * a graph already shows it fitted, at its level of detail.
 */
export function usePanZoom(
  viewport: RefObject<HTMLDivElement | null>,
  canvas: RefObject<HTMLDivElement | null>,
  zoom: RefObject<HTMLDivElement | null>,
) {
  const view = useRef<View>({ x: 0, y: 0, k: 1 });
  const frame = useRef(0);

  const apply = useCallback(
    (now: boolean) => {
      cancelAnimationFrame(frame.current);
      const write = () => canvas.current && zoom.current && paint(canvas.current, zoom.current, view.current);
      if (now) write();
      else frame.current = requestAnimationFrame(write);
    },
    [canvas, zoom],
  );

  const set = useCallback(
    (next: View, now = false) => {
      view.current = { ...next, k: clampZoom(next.k) };
      apply(now);
    },
    [apply],
  );

  /** Zoom by `factor` around a point of the viewport (its centre by default), which stays where it is. */
  const zoomBy = useCallback(
    (factor: number, at?: { x: number; y: number }) => {
      const box = viewport.current?.getBoundingClientRect();
      const px = at?.x ?? (box ? box.width / 2 : 0);
      const py = at?.y ?? (box ? box.height / 2 : 0);
      const { x, y, k } = view.current;
      const next = clampZoom(k * factor);
      set({ k: next, x: px - ((px - x) * next) / k, y: py - ((py - y) * next) / k });
    },
    [set, viewport],
  );

  const fit = useCallback(
    (width: number, height: number) => {
      const box = viewport.current?.getBoundingClientRect();
      if (!box || !width || !height) return;
      const k = clampZoom(Math.min(box.width / width, box.height / height, 1));
      set({ k, x: (box.width - width * k) / 2, y: Math.max(0, (box.height - height * k) / 2) }, true);
    },
    [set, viewport],
  );

  /** Puts a point of the graph (graph coordinates) in the middle of the viewport, at the current zoom. */
  const centre = useCallback(
    (gx: number, gy: number) => {
      const box = viewport.current?.getBoundingClientRect();
      if (!box) return;
      const { k } = view.current;
      set({ k, x: box.width / 2 - gx * k, y: box.height / 2 - gy * k });
    },
    [set, viewport],
  );

  /** True when a point of the graph is inside the viewport, with a margin. */
  const isVisible = useCallback(
    (gx: number, gy: number, margin = 40) => {
      const box = viewport.current?.getBoundingClientRect();
      if (!box) return true;
      const { x, y, k } = view.current;
      const sx = gx * k + x;
      const sy = gy * k + y;
      return sx > margin && sy > margin && sx < box.width - margin && sy < box.height - margin;
    },
    [viewport],
  );

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    let drag: { id: number; sx: number; sy: number; x: number; y: number } | undefined;
    const down = (event: PointerEvent) => {
      // Only the background pans; a press on a node is a click on it.
      if (event.button !== 0 || (event.target as Element).closest('[data-node-id]')) return;
      drag = { id: event.pointerId, sx: event.clientX, sy: event.clientY, x: view.current.x, y: view.current.y };
      element.setPointerCapture(event.pointerId);
    };
    const move = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.id) return;
      set({ ...view.current, x: drag.x + event.clientX - drag.sx, y: drag.y + event.clientY - drag.sy });
    };
    const up = (event: PointerEvent) => {
      if (drag?.id === event.pointerId) drag = undefined;
    };
    const wheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      zoomBy(Math.exp(-event.deltaY / 500), { x: event.clientX - box.left, y: event.clientY - box.top });
    };
    element.addEventListener('pointerdown', down);
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', up);
    // Not passive: the wheel zooms the graph instead of scrolling the page.
    element.addEventListener('wheel', wheel, { passive: false });
    return () => {
      element.removeEventListener('pointerdown', down);
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', up);
      element.removeEventListener('wheel', wheel);
      cancelAnimationFrame(frame.current);
    };
  }, [set, viewport, zoomBy]);

  return { view, set, zoomBy, fit, centre, isVisible };
}
