// The instructor's class overview: a live tile per session of the class (student, scene, what
// controls the plant, running or paused, step lateness, faults, alarms, rig, and the plant itself
// moving in a thumbnail), tiles that need attention first (an alarm, a fault, a lost rig or a
// stalled session, a soft PLC in FAULT or a student's own PLC that stopped talking; then
// sessions whose steps start late), each student's last grade, a click opens the session. The
// summaries come with the class list (once a second); the thumbnails from observing every session
// on this connection at config.thumbRateHz (full states, thinned by the server), drawn at most once per
// animation frame and only the tiles that changed.
//
// The session view and the overview share the connection's observations: before the page opens
// a session itself it takes over ours (handOver), and we observe it again once it is closed.
// Main thread. `stats` keeps the time spent drawing each frame, for the frame-time benchmark.
'use strict';

const Overview = (() => {
  const THUMB_W = 200;
  const THUMB_H = 72;
  const LATE_MS = 20;        // a session whose steps start this late needs attention
  const STALLED_LISTS = 3;   // a running session whose step did not move for this many lists
  const FALLBACK_MS = 100;
  // State samples a second for a thumbnail (decision 0100; 0: every frame, for comparison).
  const config = { thumbRateHz: 10 };
  const tiles = new Map();   // session id -> tile
  const subscribed = new Set();
  let box = null;
  let send = null;
  let open = null;
  let scheduled = false;
  let order = '';
  const stats = { frames: 0, drawMs: [], tilesDrawn: 0 };

  // The reply to our (un)observation of `id`: an error (the session ended meanwhile) is not the
  // user's business; the tile goes with the next list.
  function quietly(id) {
    return Object.assign((m) => { if (m.kind === 'error') subscribed.delete(id); }, { quiet: true });
  }

  function init(container, sendFn, openFn) {
    box = container;
    send = sendFn;
    open = openFn;
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function rawEl(tag, cls, text) {
    const e = el(tag, cls, text);
    e.translate = false;
    return e;
  }

  function newTile(id) {
    const root = el('div', 'tile');
    root.dataset.session = id;
    root.tabIndex = 0;
    root.setAttribute('role', 'button');
    const head = el('div', 'tile-head');
    const who = rawEl('strong', 'tile-who');
    const sid = rawEl('span', 'tile-id mono', id);
    head.append(who, sid);
    const scene = el('div', 'tile-scene');
    const canvas = el('canvas', 'tile-plant');
    Plant.fitBitmap(canvas, THUMB_W, THUMB_H);
    const ctl = el('div', 'tile-line');
    const run = el('div', 'tile-line tile-run');
    const flags = el('div', 'tile-flags');
    const grade = el('div', 'tile-line tile-grade');
    root.append(head, scene, canvas, ctl, run, grade, flags);
    root.onclick = () => open(id);
    root.onkeydown = (e) => { if (e.key === 'Enter' || e.key === ' ') open(id); };
    return { id, root, who, scene, canvas, ctl, run, grade, flags, model: null, dirty: false, summary: null,
      lastStep: -1, still: 0, text: {} };
  }

  // Sets a node's text only when it changed: no layout work for a tile that stayed the same.
  function setText(tile, key, node, text) {
    if (tile.text[key] === text) return;
    tile.text[key] = text;
    node.textContent = text;
  }

  function controllerText(s) {
    if (s.soft_plc_running) return t('control.bySoftPlc');
    if (s.rig && s.rig.claimed_by) return t('control.byOwnPlc', { address: s.rig.claimed_by });
    if (s.rig) return t('tile.rig', { name: s.rig.name, state: s.rig.comm_lost ? t('rig.commLost') : t('rig.state.' + s.rig.state) });
    if (s.opcua_client) return t('control.byOpcUa', { address: s.opcua_client });
    return t('control.nobody');
  }

  /**
   * Why a session needs the instructor's attention, as words, and how much: 2 for what happens
   * in the student's plant (an alarm, a fault, a lost rig, a stalled session), 1 for steps that
   * start late (the server's trouble, not the student's; the run line shows it), 0 for none.
   */
  function concerns(tile) {
    const s = tile.summary;
    const words = [];
    let level = 0;
    const add = (text, l) => { words.push(text); level = Math.max(level, l); };
    if (s.active_alarms.length) add(t('tile.alarm', { list: s.active_alarms.join(' ') }), 2);
    if (s.active_faults.length) add(t('tile.fault', { list: s.active_faults.join(' ') }), 2);
    const controller = CONTROLLER_FAULTS[s.controller_fault || 0];
    if (controller === 'SOFT_PLC_FAULT') add(t('tile.plcFault'), 2);
    else if (controller === 'OWN_PLC_COMM_LOST') add(t('tile.ownPlcLost'), 2);
    else if (s.rig && s.rig.comm_lost) add(t('rig.commLost'), 2);
    if (tile.still >= STALLED_LISTS) add(t('tile.stalled'), 2);
    if (!level && (s.lateness_max_ms || 0) > LATE_MS) level = 1; // its run line says how late, in the tile's colour
    return { words, level };
  }

  // A new summary from the class list: a running session whose step stands still is stalled.
  function track(tile, s) {
    const step = s.step || 0;
    tile.still = !s.paused && step === tile.lastStep ? tile.still + 1 : 0;
    tile.lastStep = step;
  }

  function update(tile, s) {
    tile.summary = s;
    setText(tile, 'who', tile.who, s.owner);
    const L = tile.model && tile.model.layout;
    setText(tile, 'scene', tile.scene, L ? localized(L.title, L.title_zh) : s.scene);
    tile.scene.translate = !!L;
    setText(tile, 'ctl', tile.ctl, controllerText(s));
    setText(tile, 'run', tile.run, t('tile.run', {
      state: (s.paused ? t('list.paused') : t('list.running')) + (s.time_scale && s.time_scale !== 1 ? ' ×' + s.time_scale : ''),
      time: fmtTime(s.sim_nanos || 0), late: (s.lateness_max_ms || 0).toFixed(1) }));
    gradeLine(tile, s.last_grade);
    const c = concerns(tile);
    setText(tile, 'flags', tile.flags, c.words.join(' · '));
    tile.root.classList.toggle('tile-attention', c.level === 2);
    tile.root.classList.toggle('tile-late', c.level === 1);
    tile.root.classList.toggle('tile-paused', !!s.paused);
    tile.attention = c.level;
  }

  // The student's last graded run: score, passed or not, and the exercise (its title in the page's
  // language once the scene list has come; its id until then, or for an exercise no longer bundled).
  function gradeLine(tile, g) {
    const text = g ? t('tile.grade', { score: g.score || 0, result: g.passed ? t('tile.passed') : t('tile.failed') })
      : t('tile.noGrade');
    const title = g && typeof SceneUpload === 'object' ? SceneUpload.exerciseTitle(g.exercise_id) : null;
    const key = text + (g ? ' ' + g.exercise_id + ' ' + title : '');
    if (tile.text.grade === key) return;
    tile.text.grade = key;
    tile.grade.replaceChildren(text);
    if (g) {
      const name = rawEl('span', 'tile-exercise', title || g.exercise_id);
      name.title = g.exercise_id;
      tile.grade.append(' · ', name);
    }
    tile.grade.classList.toggle('tile-grade-failed', !!g && !g.passed);
    tile.grade.classList.toggle('tile-grade-passed', !!g && !!g.passed);
  }

  /** The class list (staff): tiles added, updated, removed and ordered; new sessions observed. */
  function render(list) {
    if (!box) return;
    const seen = new Set();
    for (const s of list) {
      seen.add(s.session_id);
      let tile = tiles.get(s.session_id);
      if (!tile) {
        tile = newTile(s.session_id);
        tiles.set(s.session_id, tile);
      }
      track(tile, s);
      update(tile, s);
      if (!subscribed.has(s.session_id) && state.observing !== s.session_id) {
        subscribed.add(s.session_id);
        send('observe', { session_id: s.session_id, max_state_rate_hz: config.thumbRateHz }, quietly(s.session_id));
      }
    }
    for (const [id, tile] of tiles) {
      if (seen.has(id)) continue;
      tile.root.remove();
      tiles.delete(id);
      if (subscribed.delete(id)) send('unobserve', { session_id: id }, quietly(id));
    }
    const sorted = [...tiles.values()].sort((a, b) => (b.attention - a.attention)
      || a.summary.owner.localeCompare(b.summary.owner) || a.id.localeCompare(b.id));
    const key = sorted.map((x) => x.id).join(' ');
    if (key !== order) {
      order = key;
      box.replaceChildren(...sorted.map((x) => x.root));
    }
    document.getElementById('tiles-empty').hidden = tiles.size > 0;
    schedule();
  }

  function onFullState(f) {
    const tile = tiles.get(f.session_id);
    if (!tile) return;
    const layout = f.layout || (tile.model && tile.model.layout);
    if (!layout) return;
    const first = !tile.model;
    tile.model = { layout, tags: f.tags.slice(), visuals: f.visuals.slice(), parts: f.parts || { ids: [], types: [], xyz: [] } };
    if (first && tile.summary) update(tile, tile.summary); // the scene's title, now that its layout is here
    tile.dirty = true;
    schedule();
  }

  function onDelta(d) {
    const tile = tiles.get(d.session_id);
    if (!tile || !tile.model) return;
    const m = tile.model;
    d.tag_index.forEach((i, k) => { m.tags[i] = d.tag_value[k]; });
    d.visual_index.forEach((i, k) => { m.visuals[i] = d.visual_value[k]; });
    if (d.parts) m.parts = d.parts;
    tile.dirty = true;
    schedule();
  }

  // At the next animation frame; a tab in the background gets none, so a timer stands in.
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(frame);
    setTimeout(frame, FALLBACK_MS);
  }

  function frame() {
    if (!scheduled) return;
    scheduled = false;
    if (!box || box.offsetParent === null) return; // hidden: drawn when shown again
    const start = performance.now();
    let drawn = 0;
    for (const tile of tiles.values()) {
      if (!tile.dirty || !tile.model) continue;
      tile.dirty = false;
      Plant.draw(tile.canvas, THUMB_W, THUMB_H, tile.model, { panel: 'lights' });
      drawn++;
    }
    if (drawn) {
      stats.frames++;
      stats.tilesDrawn += drawn;
      stats.drawMs.push(performance.now() - start);
      if (stats.drawMs.length > 20000) stats.drawMs.splice(0, 10000);
    }
  }

  /** The page is about to observe `id` itself: our observation ends, its stream feeds us both. */
  function handOver(id) {
    if (subscribed.delete(id)) send('unobserve', { session_id: id }, quietly(id));
  }

  /** A new connection observes nothing yet. */
  function reconnected() {
    subscribed.clear();
  }

  /** Redraws every tile (the language changed, or the view is shown again). */
  function redraw() {
    for (const tile of tiles.values()) {
      tile.dirty = true;
      tile.text = {};
      if (tile.summary) update(tile, tile.summary);
    }
    schedule();
  }

  return { init, render, onFullState, onDelta, handOver, reconnected, redraw, stats, tiles, config };
})();
