// The session view's plant drawing (plant.js) on #plant: sized to its column at the plant's true
// aspect ratio, zoomed with the wheel and panned by dragging (double-click or "Zoom to fit"
// returns to the whole plant), component labels in the page's language, the part legend, and
// the operator panel's controls drawn as buttons that work: a push button is pressed while the
// pointer holds it (NO and NC alike: operator input 1 = pressed), the emergency stop latches on
// a click and is released by the next, a selector steps to its next position. For the
// instructor, faulted components are outlined and a click on one picks it as the fault target.
// Faulted sensors (tag faults) are marked where they are wired: for the instructor every one,
// for a student only announced ones (the only ones the server tells a student of).
// Main thread; one drawing per animation frame at most.
'use strict';

const PlantView = (() => {
  const MAX_PLANT_PX = 560;
  const BELOW_PLANT_PX = 640; // what the view shows below the plant on one screen: header, events, soft PLC
  const ONE_SCREEN_MIN_WIDTH = 1500; // style.css lays the view out for one screen from this width
  const MIN_WIDTH_PX = 480;
  const FALLBACK_MS = 100;
  let canvas = null;
  let source = null; // () => the model: { layout, tags, visuals, parts, faults }
  let send = null;
  let zoom = { k: 1, cx: 0, cy: 0 };
  let last = { view: null, hits: [], labels: [] };
  let scheduled = false;
  let drag = null;
  let held = null; // the push button the pointer holds down

  function init(el, modelSource, sendFn, options) {
    canvas = el;
    source = modelSource;
    send = sendFn;
    canvas.addEventListener('wheel', onWheel, { passive: false });
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointerleave', onUp);
    canvas.addEventListener('dblclick', fit);
    if (options && options.fitButton) options.fitButton.onclick = fit;
    new ResizeObserver(() => schedule()).observe(canvas.parentElement);
  }

  /** Back to the whole plant. */
  function fit() {
    zoom = { k: 1, cx: 0, cy: 0 };
    schedule();
  }

  /** Forgets the zoom (a new session's layout) and draws. */
  function reset() {
    fit();
  }

  // At the next animation frame; a tab in the background gets none, so a timer stands in.
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    const run = () => {
      if (!scheduled) return;
      scheduled = false;
      render();
    };
    requestAnimationFrame(run);
    setTimeout(run, FALLBACK_MS);
  }

  function label(c) {
    return localized(c.properties.label, c.properties.label_zh) || c.id;
  }

  function render() {
    const m = source();
    if (!canvas || !m || !m.layout || canvas.offsetParent === null) return;
    const opts = { labels: true, legend: true, panel: 'full', zoom, label, legendTitle: t('plant.legend'),
      faulted: m.faultedComponent, faultedTag: m.faultedTag, highlighted: m.highlightedComponent };
    const oneScreen = window.innerWidth >= ONE_SCREEN_MIN_WIDTH;
    const maxPlant = oneScreen ? Math.max(200, Math.min(MAX_PLANT_PX, window.innerHeight - BELOW_PLANT_PX)) : MAX_PLANT_PX;
    // As wide as the column, but no wider than the plant at its greatest height: no empty sides.
    // The column's content width less the canvas's own border: the canvas's CSS width is its
    // content box, so without that the column (sized by the canvas below 1500 px) would grow by
    // the border at every drawing until the canvas ran off the page.
    const border = canvas.offsetWidth - canvas.clientWidth;
    const column = Math.max(1, Math.floor(canvas.parentElement.clientWidth) - border);
    const width = Math.min(column, Math.max(MIN_WIDTH_PX, Math.ceil(maxPlant * Plant.aspect(m.layout))));
    const height = Plant.heightFor(m.layout, width, maxPlant, opts);
    Plant.fitBitmap(canvas, width, height);
    last = Plant.draw(canvas, width, height, m, opts);
  }

  function point(e) {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  function hitAt(p) {
    return last.hits.find((h) => p.x >= h.x && p.x <= h.x + h.w && p.y >= h.y && p.y <= h.y + h.h);
  }

  function operate(c, value) {
    const m = source();
    const tag = m.layout.tags[Plant.controlTag(m.layout, c)];
    if (tag) send('set_input', { session_id: m.sessionId, tag: tag.name, value });
  }

  function onDown(e) {
    const p = point(e);
    const hit = hitAt(p);
    if (hit) {
      const c = hit.component;
      const m = source();
      if (c.type === 'button') {
        held = c;
        operate(c, 1);
      } else if (c.type === 'estop') {
        operate(c, Plant.controlState(m, c) ? 0 : 1);
      } else if (c.type === 'selector') {
        const tag = m.layout.tags[Plant.controlTag(m.layout, c)];
        const v = Plant.controlState(m, c) || 0;
        operate(c, tag.type === 'bool' ? (v ? 0 : 1) : (v + 1 > tag.max ? tag.min : v + 1));
      }
      e.preventDefault();
      return;
    }
    if (last.view) {
      drag = { x: p.x, y: p.y, cx: last.view.mx(last.view.box.x + last.view.box.w / 2),
        cy: last.view.my(last.view.box.y + last.view.box.h / 2), moved: false };
      canvas.setPointerCapture(e.pointerId);
    }
  }

  function onMove(e) {
    if (!drag) return;
    const p = point(e);
    if (Math.abs(p.x - drag.x) + Math.abs(p.y - drag.y) > 3) drag.moved = true;
    if (!drag.moved) return;
    const s = last.view.scale;
    zoom = { k: zoom.k === 1 ? 1.0001 : zoom.k, cx: drag.cx - (p.x - drag.x) / s, cy: drag.cy + (p.y - drag.y) / s };
    schedule();
  }

  function onUp(e) {
    if (held) {
      operate(held, 0);
      held = null;
    }
    if (drag && !drag.moved && e.type === 'pointerup') pick(point(e));
    drag = null;
  }

  // A click on a plant component: the instructor's fault target.
  function pick(p) {
    const m = source();
    if (!last.view || !m.onPick) return;
    const mx = last.view.mx(p.x), my = last.view.my(p.y);
    const c = Plant.prepared(m.layout).plant.find((k) => {
      const across = k.yaw_degrees === 90 || k.yaw_degrees === 270;
      const w = across ? k.size_y : k.size_x, h = across ? k.size_x : k.size_y;
      return Math.abs(mx - k.x) <= w / 2 && Math.abs(my - k.y) <= h / 2 && k.properties.faults;
    });
    if (c) m.onPick(c.id);
  }

  function onWheel(e) {
    if (!last.view) return;
    e.preventDefault();
    const p = point(e);
    const v = last.view;
    const mx = v.mx(p.x), my = v.my(p.y);
    const k = Math.max(1, Math.min(20, zoom.k * (e.deltaY < 0 ? 1.25 : 0.8)));
    if (k === 1) { fit(); return; }
    // Keep the plant point under the pointer where it is.
    const scale = v.scale / zoom.k * k;
    const cx = mx - (p.x - v.box.x - v.box.w / 2) / scale;
    const cy = my + (p.y - v.box.y - v.box.h / 2) / scale;
    zoom = { k, cx, cy };
    schedule();
  }

  /** Where component `id`'s centre is drawn, in canvas CSS px (tests, tools). */
  function centreOf(id) {
    const c = source().layout.components.find((k) => k.id === id);
    return c && last.view ? [last.view.sx(c.x), last.view.sy(c.y)] : null;
  }

  return { init, schedule, reset, fit, centreOf, hits: () => last.hits, labels: () => last.labels, zoom: () => zoom.k,
    tagFaults: () => last.tagFaults || [] };
})();
