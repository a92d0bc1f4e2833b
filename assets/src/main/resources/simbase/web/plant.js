// The plant seen from above, drawn on a canvas from a session's layout and live state. The session
// view's large drawing (labels, part legend, operator panel, zoom) and the class overview's
// thumbnails share it. Nothing here knows a plant component's type: each brings its drawing with
// the layout (its `draw` property, a JSON list of primitives in its own frame;
// io.simbase.engine.world.Drawing). The operator panel is drawn from the panel types
// (button, estop, selector, setpoint, light, display) and the tag each is wired to (ComponentInfo.tags).
//
// A model is { layout, tags, visuals, parts }. Per-layout figures (visual index, bounds, parsed
// drawings) are computed once and kept on the layout object. Runs on the page's main thread.
'use strict';

const Plant = (() => {
  const PART_COLOURS = ['#c0c0c8', '#d03030', '#707080', '#202020', '#3060d0', '#e0c020', '#30a040', '#e08020'];
  const LAYERS = 3; // surfaces, mechanisms, sensors
  const PANEL_TYPES = ['button', 'estop', 'selector', 'setpoint'];
  const INDICATOR_TYPES = ['light', 'display'];
  const PAD_METRES = 0.15;
  const TEXT_HALF_METRES = 0.1; // half a short read-out's width, for the bounds
  const LEGEND_PX = 22;
  const PANEL_PX = 40;
  const LIGHTS_PX = 14;
  const TAG_FAULT_COLOUR = '#e67700'; // a faulted sensor: amber, apart from a faulted component's red

  function drawingOf(c) {
    if (c.primitives === undefined) {
      try {
        c.primitives = c.properties && c.properties.draw ? JSON.parse(c.properties.draw) : [];
      } catch (e) {
        c.primitives = [];
      }
    }
    return c.primitives;
  }

  function footprint(c) {
    const across = c.yaw_degrees === 90 || c.yaw_degrees === 270;
    return { w: across ? c.size_y : c.size_x, h: across ? c.size_x : c.size_y };
  }

  // Where primitive `p` of component `c` reaches, in metres, at rest (no shift): its corners
  // turned by the yaw, a circle's box, a text's anchor with room for a short read-out; a spinning
  // primitive as the circle it sweeps about the component's centre.
  function extent(c, p, include) {
    const a = (c.yaw_degrees || 0) * Math.PI / 180, cos = Math.cos(a), sin = Math.sin(a);
    const at = (u, v) => include(c.x + u * cos - v * sin, c.y + u * sin + v * cos);
    const hw = p.shape === 'text' ? TEXT_HALF_METRES : (p.w || 0) / 2;
    const hh = p.shape === 'text' ? TEXT_HALF_METRES / 4 : (p.h || 0) / 2;
    if (p.spin) {
      const r = Math.hypot(Math.abs(p.x) + hw, Math.abs(p.y) + hh);
      include(c.x - r, c.y - r);
      include(c.x + r, c.y + r);
      return;
    }
    at(p.x - hw, p.y - hh); at(p.x + hw, p.y - hh); at(p.x + hw, p.y + hh); at(p.x - hw, p.y + hh);
  }

  /** What a layout gives every drawing: computed once per layout. */
  function prepared(L) {
    if (L.plantCache) return L.plantCache;
    const visualIndex = new Map();
    L.visual_names.forEach((n, i) => visualIndex.set(n, i));
    const plant = L.components.filter((c) => drawingOf(c).length > 0);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const include = (x, y) => {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    };
    for (const c of plant) {
      const f = footprint(c);
      include(c.x - f.w / 2, c.y - f.h / 2);
      include(c.x + f.w / 2, c.y + f.h / 2);
      // A drawing may reach beyond the footprint (a light barrier in front of a door, lamps and
      // read-outs beside a machine): the bounds hold all of it, or the clip below would cut it off.
      for (const p of drawingOf(c)) extent(c, p, include);
    }
    const bounds = plant.length ? { minX: minX - PAD_METRES, minY: minY - PAD_METRES,
      w: maxX - minX + 2 * PAD_METRES, h: maxY - minY + 2 * PAD_METRES } : null;
    const controls = L.components.filter((c) => PANEL_TYPES.includes(c.type));
    const indicators = L.components.filter((c) => INDICATOR_TYPES.includes(c.type));
    L.plantCache = { visualIndex, plant, bounds, controls, indicators };
    return L.plantCache;
  }

  function visual(model, id, name) {
    const i = prepared(model.layout).visualIndex.get(id + '.' + name);
    return i === undefined ? 0 : model.visuals[i];
  }

  /** Width over height of the plant's drawing (its bounds), or 2 when it has none. */
  function aspect(layout) {
    const b = prepared(layout).bounds;
    return b ? b.w / b.h : 2;
  }

  /**
   * The height (CSS px) a drawing of `layout` needs at width `cssWidth`: the plant at its true
   * aspect ratio, at most `maxPlantPx` tall, plus the legend and panel strips when shown.
   */
  function heightFor(layout, cssWidth, maxPlantPx, opts) {
    const plantPx = Math.min(maxPlantPx, cssWidth / aspect(layout));
    return Math.round(plantPx + (opts.legend ? LEGEND_PX : 0) + panelHeight(layout, opts));
  }

  // The panel strip: full height with controls, a thin one for lights only, none without either.
  function panelHeight(layout, opts) {
    const P = prepared(layout);
    if (opts.panel === 'full') return P.controls.length || P.indicators.length ? PANEL_PX : 0;
    if (opts.panel === 'lights') return P.indicators.length ? LIGHTS_PX : 0;
    return 0;
  }

  /** Sizes the canvas's bitmap to its CSS box (times the device pixel ratio); true when it changed. */
  function fitBitmap(canvas, cssWidth, cssHeight) {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(cssWidth * dpr)), h = Math.max(1, Math.round(cssHeight * dpr));
    canvas.style.width = cssWidth + 'px';
    canvas.style.height = cssHeight + 'px';
    if (canvas.width === w && canvas.height === h) return false;
    canvas.width = w;
    canvas.height = h;
    return true;
  }

  /**
   * The plant's metres to the box (x, y, w, h) in CSS px, at its true aspect ratio and centred,
   * then zoomed by `zoom` ({ k, cx, cy }: factor and the plant point at the box's centre).
   */
  function fitView(bounds, x, y, w, h, zoom) {
    const fitScale = Math.min(w / bounds.w, h / bounds.h);
    const scale = fitScale * (zoom ? zoom.k : 1);
    const cx = zoom && zoom.k !== 1 ? zoom.cx : bounds.minX + bounds.w / 2;
    const cy = zoom && zoom.k !== 1 ? zoom.cy : bounds.minY + bounds.h / 2;
    return {
      scale, box: { x, y, w, h },
      sx: (mx) => x + w / 2 + (mx - cx) * scale,
      sy: (my) => y + h / 2 - (my - cy) * scale, // y away from the operator: up on screen
      mx: (px) => cx + (px - x - w / 2) / scale,
      my: (py) => cy - (py - y - h / 2) / scale,
    };
  }

  /**
   * Draws the model on the canvas, whose CSS size is (cssWidth, cssHeight). Options: labels
   * (component labels), legend (part colours), panel (operator panel strip: 'full' with controls
   * and labels, 'lights' for indicators only, false for none), faulted (a component id
   * predicate: outlined in red), faultedTag (a tag name predicate: the components and panel
   * controls wired to a faulted sensor are marked in amber, dotted, with the tag's name),
   * highlighted (a component id predicate: outlined in solid amber, the tags a failed check
   * reads in a replay), zoom, label (a component's label in the page's language), legendTitle.
   * Returns the view, the panel's hit boxes, the labels and the tag-fault marks.
   */
  function draw(canvas, cssWidth, cssHeight, model, opts) {
    const g = canvas.getContext('2d');
    const dpr = canvas.width / cssWidth;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, cssWidth, cssHeight);
    g.font = '10px sans-serif';
    const P = prepared(model.layout);
    const top = opts.legend ? LEGEND_PX : 0;
    const panelPx = panelHeight(model.layout, opts);
    const result = { view: null, hits: [], labels: [], tagFaults: [] };
    if (P.bounds) {
      const view = fitView(P.bounds, 0, top, cssWidth, cssHeight - top - panelPx, opts.zoom);
      result.view = view;
      g.save();
      g.beginPath();
      g.rect(0, top, cssWidth, cssHeight - top - panelPx);
      g.clip();
      for (let layer = 0; layer < LAYERS; layer++) {
        for (const c of P.plant) {
          for (const p of drawingOf(c)) {
            if (p.layer === layer) drawPrimitive(g, view, model, c, p);
          }
        }
      }
      drawParts(g, view, model.parts);
      if (opts.faulted) drawFaults(g, view, P.plant, opts.faulted);
      if (opts.highlighted) drawHighlights(g, view, P.plant, opts.highlighted);
      if (opts.labels) result.labels = drawLabels(g, view, P.plant, opts.label);
      if (opts.faultedTag) result.tagFaults = drawTagFaults(g, view, P.plant, opts.faultedTag);
      g.restore();
    }
    if (opts.legend) drawLegend(g, model.layout, cssWidth, opts.legendTitle || '');
    if (panelPx) result.hits = drawPanel(g, model, cssHeight - panelPx, panelPx, cssWidth, opts);
    if (opts.faultedTag) result.tagFaults.push(...markPanelTagFaults(g, model, result.hits, opts.faultedTag));
    return result;
  }

  // One primitive: (u, v) in the component frame (u along its heading, v across, metres from its
  // centre), turned by the component's yaw plus its `spin` visual, moved along u by its `shift`.
  function drawPrimitive(g, view, model, c, p) {
    const angle = (c.yaw_degrees || 0) * Math.PI / 180 + (p.spin ? visual(model, c.id, p.spin) : 0);
    const cos = Math.cos(angle), sin = Math.sin(angle);
    const shift = p.shift ? visual(model, c.id, p.shift) : 0;
    const at = (u, v) => [view.sx(c.x + (u + shift) * cos - v * sin), view.sy(c.y + (u + shift) * sin + v * cos)];
    g.fillStyle = p.on && !(visual(model, c.id, p.on) > 0) ? p.off_fill : p.fill;
    if (p.shape === 'circle') {
      const [x, y] = at(p.x, p.y);
      g.beginPath();
      g.arc(x, y, Math.max(p.w / 2 * view.scale, p.min_px), 0, 2 * Math.PI);
      g.fill();
      return;
    }
    if (p.shape === 'text') {
      const [x, y] = at(p.x, p.y);
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText(visual(model, c.id, p.text).toFixed(p.digits) + suffixText(p.suffix), x, y);
      g.textAlign = 'start';
      g.textBaseline = 'alphabetic';
      return;
    }
    // A rectangle; with `level` it is filled across the heading from its low side up to level/full.
    const fill = p.level ? Math.max(0, Math.min(1, visual(model, c.id, p.level) / p.full)) : 1;
    const u0 = p.x - p.w / 2, u1 = p.x + p.w / 2, v0 = p.y - p.h / 2, v1 = v0 + fill * p.h;
    const corners = [at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)];
    g.beginPath();
    g.moveTo(corners[0][0], corners[0][1]);
    for (let k = 1; k < 4; k++) g.lineTo(corners[k][0], corners[k][1]);
    g.closePath();
    g.fill();
  }

  // A read-out's suffix in the page's language: a suffix with words has the message
  // plant.suffix.<its words joined by _> (i18n/en.js, i18n/zh.js); units and signs are drawn as
  // the engine gives them. A page without I18N (none today) draws the engine's English.
  function suffixText(suffix) {
    if (!suffix || typeof I18N === 'undefined') return suffix || '';
    const key = 'plant.suffix.' + suffix.trim().replace(/\s+/g, '_');
    return I18N.has(key) ? I18N.t(key) : suffix;
  }

  function drawParts(g, view, p) {
    const half = Math.max(2, 0.025 * view.scale);
    g.strokeStyle = '#000';
    g.lineWidth = 1;
    for (let i = 0; p && i < p.ids.length; i++) {
      g.fillStyle = PART_COLOURS[p.types[i] % PART_COLOURS.length];
      const x = view.sx(p.xyz[3 * i]), y = view.sy(p.xyz[3 * i + 1]);
      g.fillRect(x - half, y - half, 2 * half, 2 * half);
      g.strokeRect(x - half, y - half, 2 * half, 2 * half);
    }
  }

  function screenBox(view, c) {
    const f = footprint(c);
    const x0 = view.sx(c.x - f.w / 2), x1 = view.sx(c.x + f.w / 2);
    const y0 = view.sy(c.y + f.h / 2), y1 = view.sy(c.y - f.h / 2);
    return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  }

  // A faulted component (as the instructor sees it): a red dashed outline.
  // The outlines the plant marks components with: a faulted component (red, dashed), a faulted
  // sensor (amber, dotted) and a tag a failed check reads in a replay (amber, solid, thicker).
  const MARK = {
    fault: { colour: '#d00000', width: 2, dash: [5, 3] },
    tagFault: { colour: TAG_FAULT_COLOUR, width: 2, dash: [2, 2] },
    highlight: { colour: '#e69500', width: 3, dash: [] },
  };

  // Strokes the box grown by pad on each side in a MARK style; returns the box stroked.
  function outline(g, mark, b, pad) {
    const box = { x: b.x - pad, y: b.y - pad, w: b.w + 2 * pad, h: b.h + 2 * pad };
    g.save();
    g.strokeStyle = mark.colour;
    g.lineWidth = mark.width;
    g.setLineDash(mark.dash);
    g.strokeRect(box.x, box.y, box.w, box.h);
    g.restore();
    return box;
  }

  function drawFaults(g, view, plant, faulted) {
    for (const c of plant) {
      if (faulted(c.id)) outline(g, MARK.fault, screenBox(view, c), 3);
    }
  }

  // A faulted sensor (tag fault) as its wiring places it: each plant component wired to the tag
  // gets an amber dotted outline and the tag's name below it ("⚠ tag"). Returns the marks.
  function drawTagFaults(g, view, plant, faultedTag) {
    const marks = [];
    g.save();
    g.fillStyle = TAG_FAULT_COLOUR;
    g.font = 'bold 11px system-ui, sans-serif';
    g.textBaseline = 'top';
    for (const c of plant) {
      const tags = (c.tags || []).map((w) => w.tag).filter((name, i, all) => all.indexOf(name) === i && faultedTag(name));
      if (!tags.length) continue;
      const box = outline(g, MARK.tagFault, screenBox(view, c), 5);
      g.fillText('⚠ ' + tags.join(' '), box.x, box.y + box.h + 2);
      for (const tag of tags) marks.push(Object.assign({ tag, component: c.id }, box));
    }
    g.restore();
    return marks;
  }

  // The panel's controls wired to a faulted tag (a broken Stop wire): an amber dotted outline.
  function markPanelTagFaults(g, model, hits, faultedTag) {
    const marks = [];
    for (const h of hits) {
      const tag = model.layout.tags[controlTag(model.layout, h.component)];
      if (!tag || !faultedTag(tag.name)) continue;
      marks.push(Object.assign({ tag: tag.name, component: h.component.id }, outline(g, MARK.tagFault, h, 3)));
    }
    return marks;
  }

  // A component wired to a tag a failed check reads (a replay at the failing moment): a thick
  // amber outline, on the plant and on the operator panel.
  function drawHighlights(g, view, plant, highlighted) {
    for (const c of plant) {
      if (highlighted(c.id)) outline(g, MARK.highlight, screenBox(view, c), 5);
    }
  }

  function overlaps(a, list) {
    return list.some((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h);
  }

  // Each component's label above its footprint, else below, right or left of it, at its middle or
  // either end, else further out, inside the drawing: first where it covers neither another label
  // nor another component, then where it covers no other label. A white halo so it reads over belts and parts.
  // Returns the labels' boxes.
  function drawLabels(g, view, plant, label) {
    g.font = '12px system-ui, sans-serif';
    g.textBaseline = 'middle';
    g.lineWidth = 3;
    g.strokeStyle = 'rgba(255,255,255,0.9)';
    g.fillStyle = '#123';
    const placed = [];
    const boxes = plant.map((c) => screenBox(view, c));
    const h = 14;
    plant.forEach((c, i) => {
      const text = label ? label(c) : c.id;
      const w = g.measureText(text).width;
      const b = boxes[i];
      const xs = [b.x + b.w / 2 - w / 2, b.x, b.x + b.w - w];
      const tries = [];
      for (let out = 0; out < 4; out++) {
        for (const x of xs) {
          tries.push({ x, y: b.y - h - 2 - out * h, w, h }, { x, y: b.y + b.h + 2 + out * h, w, h });
        }
        tries.push({ x: b.x + b.w + 4 + out * w, y: b.y + b.h / 2 - h / 2, w, h },
          { x: b.x - w - 4 - out * w, y: b.y + b.h / 2 - h / 2, w, h });
      }
      const others = boxes.filter((o, k) => k !== i);
      const inside = (r) => r.x >= view.box.x && r.y >= view.box.y && r.x + r.w <= view.box.x + view.box.w
        && r.y + r.h <= view.box.y + view.box.h;
      const spot = tries.find((r) => inside(r) && !overlaps(r, placed) && !overlaps(r, others))
        || tries.find((r) => inside(r) && !overlaps(r, placed)) || tries[0];
      placed.push({ x: spot.x, y: spot.y, w, h, text, id: c.id });
      g.strokeText(text, spot.x, spot.y + h / 2);
      g.fillText(text, spot.x, spot.y + h / 2);
    });
    g.textBaseline = 'alphabetic';
    return placed;
  }

  // The legend: a swatch and the name of each part type, along the top.
  function drawLegend(g, layout, width, title) {
    g.font = '12px system-ui, sans-serif';
    g.textBaseline = 'middle';
    g.fillStyle = '#333';
    let x = 8;
    const y = LEGEND_PX / 2;
    g.fillText(title, x, y);
    x += g.measureText(title).width + 8;
    layout.part_types.forEach((name, i) => {
      g.fillStyle = PART_COLOURS[i % PART_COLOURS.length];
      g.fillRect(x, y - 6, 12, 12);
      g.strokeStyle = '#000';
      g.lineWidth = 1;
      g.strokeRect(x, y - 6, 12, 12);
      g.fillStyle = '#333';
      g.fillText(name, x + 16, y);
      x += 16 + g.measureText(name).width + 14;
    });
    g.textBaseline = 'alphabetic';
  }

  /** The index of the tag a panel control operates (its wiring's `tag` key), or -1. */
  function controlTag(layout, c) {
    if (c.tagIndex === undefined) {
      const w = (c.tags || []).find((k) => k.key === 'tag');
      c.tagIndex = w ? layout.tags.findIndex((t) => t.name === w.tag) : -1;
    }
    return c.tagIndex;
  }

  /** Whether a panel control is pressed (or its position, for a selector), from its tag's value. */
  function controlState(model, c) {
    const v = model.tags[controlTag(model.layout, c)];
    const kind = c.properties.kind;
    if (kind === 'button_no') return v === 1;
    if (kind === 'button_nc' || kind === 'estop') return v === 0; // NC: the contact opens while pressed
    return v;
  }

  // The operator panel along the bottom: controls as buttons (pressed drawn sunk), then the lights.
  // Returns the controls' hit boxes (CSS px).
  function drawPanel(g, model, y0, height, width, opts) {
    const P = prepared(model.layout);
    const full = opts.panel === 'full';
    const label = (c) => (opts.label ? opts.label(c) : c.id);
    const hits = [];
    g.fillStyle = '#e8eaee';
    g.fillRect(0, y0, width, height);
    g.font = '12px system-ui, sans-serif';
    g.textBaseline = 'middle';
    const cy = y0 + height / 2;
    let x = 8;
    if (full) {
      for (const c of P.controls) {
        const text = label(c) + (c.type === 'selector' || c.type === 'setpoint' ? ': ' + fmt(controlState(model, c)) : '');
        const w = Math.max(44, g.measureText(text).width + 18), h = height - 10;
        const pressed = c.type !== 'setpoint' && c.type !== 'selector' && controlState(model, c);
        const estop = c.type === 'estop';
        g.fillStyle = estop ? (pressed ? '#8b0000' : '#d42020') : pressed ? '#9aa4b1' : '#fdfdfd';
        g.strokeStyle = pressed ? '#333' : '#7a8694';
        g.lineWidth = pressed ? 2 : 1;
        roundRect(g, x, cy - h / 2 + (pressed ? 1 : 0), w, h, estop ? h / 2 : 5);
        g.fill();
        g.stroke();
        g.fillStyle = estop ? '#fff' : '#111';
        g.fillText(text, x + 9, cy + (pressed ? 1 : 0));
        if (opts.highlighted && opts.highlighted(c.id)) outline(g, MARK.highlight, { x, y: cy - h / 2, w, h }, 3);
        hits.push({ x, y: cy - h / 2, w, h, component: c });
        x += w + 8;
      }
      if (P.controls.length) x += 10;
    }
    for (const c of P.indicators) {
      const on = visual(model, c.id, 'value');
      if (opts.highlighted && opts.highlighted(c.id)) outline(g, MARK.highlight, { x, y: cy - 9, w: full ? 14 : 8, h: 18 }, 3);
      if (c.type === 'light') {
        g.fillStyle = on > 0 ? (c.properties.colour || 'green') : '#c8c8c8';
        g.beginPath();
        g.arc(x + 7, cy, full ? 7 : 4, 0, 2 * Math.PI);
        g.fill();
        g.strokeStyle = '#555';
        g.lineWidth = 1;
        g.stroke();
        x += full ? 18 : 12;
      } else {
        const text = fmt(on);
        g.fillStyle = '#111';
        g.fillRect(x, cy - 9, g.measureText(text).width + 10, 18);
        g.fillStyle = c.properties.colour || '#fff';
        g.fillText(text, x + 5, cy);
        x += g.measureText(text).width + 14;
      }
      if (full) {
        g.fillStyle = '#000';
        const text = label(c);
        g.fillText(text, x, cy);
        x += g.measureText(text).width + 14;
      }
    }
    g.textBaseline = 'alphabetic';
    return hits;
  }

  function fmt(v) {
    if (v === undefined) return '';
    return Number.isInteger(v) ? String(v) : v.toFixed(2);
  }

  function roundRect(g, x, y, w, h, r) {
    g.beginPath();
    g.moveTo(x + r, y);
    g.arcTo(x + w, y, x + w, y + h, r);
    g.arcTo(x + w, y + h, x, y + h, r);
    g.arcTo(x, y + h, x, y, r);
    g.arcTo(x, y, x + w, y, r);
    g.closePath();
  }

  return { draw, heightFor, fitBitmap, aspect, prepared, controlTag, controlState, visual, PART_COLOURS };
})();
