// Recordings and their replay in the dashboard: a list of the kept recordings in the class view
// (a student sees their own), and a replay in the session view's plant, tags and event list with
// play/pause, speed and a timeline to seek, its moments marked. The server replays
// (open_replay, seek_replay); this page only asks for the position it wants to show and draws
// the frame it gets back, one request in flight at a time. Opened from a link too:
// index.html#replay=REC[&ex=EXERCISE&run=N&sc=SCENARIO&t=SECONDS&ck=CHECK] (the results page's failing checks).
// Added to the page by this file alone; it takes the replay's messages before app.js's handler.
'use strict';

const Replay = (function replayView() {
  const R = {
    opened: null, position: 0, exact: 0, playing: false, speed: 1, inFlight: false, wanted: null, lastTick: 0,
    timer: null, recordings: [], loaded: false,
    students: new Map(), // identity -> name, of every recording listed (the student filter's choices)
    checkTags: new Set(), // opened at a failed check's moment: the tags it reads (highlighted)
  };

  // ---------------------------------------------------------------- the recordings list (class view)

  const card = document.createElement('div');
  card.className = 'card';
  card.id = 'recordings-card';
  card.innerHTML = '<div class="row"><h2 data-i18n="replay.title"></h2><span class="spacer"></span>'
    + '<label id="recordings-student-label" hidden><span data-i18n="replay.student"></span> '
    + '<select id="recordings-student"><option value="" data-i18n="replay.allStudents"></option></select></label> '
    + '<button id="recordings-refresh" type="button" data-i18n="replay.refresh"></button></div>'
    + '<table id="recordings"><thead><tr><th data-i18n="replay.started"></th><th data-i18n="replay.student"></th>'
    + '<th data-i18n="replay.scene"></th><th data-i18n="replay.state"></th><th></th></tr></thead><tbody></tbody></table>'
    + '<p id="recordings-empty" data-i18n="replay.none" hidden></p>';
  $('class-view').append(card);
  I18N.apply(card);

  function listRecordings() {
    if (!state.role || state.role === 'technician') return;
    const staff = isStaff();
    $('recordings-student-label').hidden = !staff;
    const student = staff ? $('recordings-student').value : '';
    send('list_recordings', { class_code: staff ? $('class-code').value.trim() : '', student }, (reply) => {
      if (reply.kind !== 'recordings') return;
      R.recordings = reply.recordings.recordings;
      R.loaded = true;
      for (const r of R.recordings) {
        if (r.student) R.students.set(r.student, r.student_name || r.student);
      }
      renderStudents();
      renderRecordings();
    });
  }

  // The student filter: one option per student seen in a list, by name with their identity (a
  // roster student's number) after it; the choice survives a refresh.
  function renderStudents() {
    const select = $('recordings-student');
    const chosen = select.value;
    const entries = [...R.students.entries()].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
    select.replaceChildren(select.options[0]);
    for (const [key, name] of entries) {
      const o = document.createElement('option');
      o.value = key;
      o.textContent = key === name ? name : name + ' (' + key + ')';
      o.translate = false;
      select.appendChild(o);
    }
    select.value = R.students.has(chosen) ? chosen : '';
  }

  function renderRecordings() {
    const body = $('recordings').tBodies[0];
    body.replaceChildren();
    for (const r of R.recordings) {
      const tr = document.createElement('tr');
      tr.dataset.recording = r.recording;
      const started = r.started_millis ? new Date(r.started_millis).toLocaleString(I18N.lang === 'zh' ? 'zh-CN' : 'en-GB') : '';
      const stateText = r.live ? t('replay.live') : r.ended ? t('replay.ended') : t('replay.cut');
      tr.dataset.student = r.student || '';
      for (const c of [raw(started), raw(r.student_name || r.owner), raw(r.scene), stateText]) {
        const td = document.createElement('td');
        td.append(c);
        tr.appendChild(td);
      }
      const td = document.createElement('td');
      const b = button(t('replay.open'), () => open({ recording: r.recording }));
      b.className = 'replay-open';
      b.disabled = r.live;
      td.appendChild(b);
      tr.appendChild(td);
      body.appendChild(tr);
    }
    $('recordings-empty').hidden = !R.loaded || R.recordings.length > 0;
  }

  $('recordings-refresh').onclick = listRecordings;
  $('recordings-student').onchange = listRecordings;

  // ---------------------------------------------------------------- the replay bar (session view)

  const bar = document.createElement('div');
  bar.id = 'replay-bar';
  bar.hidden = true;
  bar.innerHTML = '<div class="row"><strong data-i18n="replay.replaying"></strong> <span id="replay-what" translate="no"></span>'
    + '<button id="replay-play" type="button"></button>'
    + '<label><span data-i18n="replay.speed"></span> <select id="replay-speed">'
    + '<option>0.25</option><option>0.5</option><option selected>1</option><option>2</option><option>5</option><option>10</option>'
    + '</select></label><span id="replay-time" class="mono"></span><span class="spacer"></span>'
    + '<button id="replay-close" type="button" data-i18n="replay.close"></button></div>'
    + '<div id="replay-timeline"><input type="range" id="replay-range" min="0" max="0" step="1" value="0">'
    + '<div id="replay-marks"></div></div><div id="replay-omitted" class="hint" hidden></div>'
    + '<p id="replay-check" hidden></p>';
  const firstRow = document.querySelector('#session-view .card > .row');
  firstRow.after(bar);
  I18N.apply(bar);

  function open(what) {
    send('open_replay', what, (reply) => {
      if (reply.kind === 'replay_opened') enter(reply.replay_opened);
    });
  }

  function enter(o) {
    stop();
    if (state.observing && !state.observing.startsWith('replay:')) send('unobserve', { session_id: state.observing });
    R.opened = o;
    R.inFlight = false;
    R.wanted = null;
    state.observing = 'replay:' + o.replay_id;
    state.layout = null;
    state.forced = new Set();
    state.faults = new Set();
    state.paused = false;
    $('session-view').classList.add('replaying');
    $('ended').hidden = true;
    bar.hidden = false;
    show('session-view');
    $('replay-range').max = String(o.end_position);
    $('replay-what').textContent = o.owner || '';
    R.checkTags = new Set(o.check_tags || []);
    renderMarks();
    renderCheck();
    showFrame(o.frame);
  }

  // Opened at a failed check's moment: its message in the page's language and the tags it reads,
  // marked in the tag table (the drawing asks highlighted() for its components).
  function renderCheck() {
    const o = R.opened;
    const p = $('replay-check');
    p.hidden = !o || !o.check_id;
    if (p.hidden) return;
    const tags = [...R.checkTags].join(', ');
    p.textContent = t('replay.checkFailed', { message: localized(o.check_message_en, o.check_message_zh) || o.check_id })
      + (tags ? ' ' + t('replay.checkTags', { tags }) : '');
  }

  function markCheckTags() {
    const L = state.layout;
    if (!L) return;
    L.tags.forEach((tag, i) => {
      const tr = $('tag-' + i);
      if (tr) tr.classList.toggle('check-tag', R.opened !== null && R.checkTags.has(tag.name));
    });
  }

  /** True when component `id` is wired to a tag the failed check reads (while such a replay is open). */
  function highlighted(id) {
    const L = state.layout;
    if (!R.opened || !R.checkTags.size || !L) return false;
    const c = L.components.find((x) => x.id === id);
    return !!c && (c.tags || []).some((w) => R.checkTags.has(w.tag));
  }

  function leave() {
    stop();
    R.opened = null;
    R.checkTags = new Set();
    markCheckTags();
    renderCheck();
    $('session-view').classList.remove('replaying');
    bar.hidden = true;
    state.observing = null;
    state.layout = null;
    show('class-view');
    listRecordings();
  }

  function showFrame(f) {
    if (!R.opened || f.replay_id !== R.opened.replay_id) return;
    R.position = f.position;
    if (!R.playing) R.exact = f.position;
    onFullState(f.state);
    markCheckTags();
    renderTitle();
    $('replay-range').value = String(f.position);
    renderTime();
  }

  // The scene's title and the recording's name (app.js would name the replay's id).
  function renderTitle() {
    const L = state.layout;
    if (L && R.opened) $('session-title').replaceChildren(localized(L.title, L.title_zh) + ' · ', raw(R.opened.recording));
  }

  function renderTime() {
    const o = R.opened;
    if (!o) return;
    $('replay-time').textContent = t('replay.time', { time: fmtTime(R.position * o.step_nanos), end: fmtTime(o.end_position * o.step_nanos) });
    $('replay-play').textContent = R.playing ? t('replay.pause') : t('replay.play');
  }

  // The moments of the recording: ticks on the timeline and lines in the event list, each a seek.
  function renderMarks() {
    const o = R.opened;
    const strip = $('replay-marks');
    const list = $('events');
    strip.replaceChildren();
    list.replaceChildren();
    const end = Math.max(1, o.end_position);
    for (const m of o.marks) {
      const at = Math.min(m.position, o.end_position);
      const label = t('replay.mark.' + m.kind);
      const tick = document.createElement('span');
      tick.className = 'replay-mark mark-' + m.kind;
      tick.style.left = (100 * at / end) + '%';
      tick.title = fmtTime(at * o.step_nanos) + ' ' + label + (m.text ? ' ' + m.text : '');
      tick.onclick = () => seek(at);
      strip.appendChild(tick);
      const li = document.createElement('li');
      li.dataset.kind = m.kind;
      li.dataset.position = String(at);
      li.className = 'replay-moment';
      li.append(fmtTime(at * o.step_nanos) + ' ', label, ' ', raw(m.text || ''));
      li.onclick = () => seek(at);
      list.appendChild(li);
    }
    $('replay-omitted').hidden = !o.marks_omitted;
    $('replay-omitted').textContent = o.marks_omitted ? t('replay.omitted', { n: o.marks_omitted }) : '';
  }

  // One seek in flight; a newer wish replaces an older one that has not been sent.
  function seek(position) {
    if (!R.opened) return;
    R.exact = Math.max(0, Math.min(position, R.opened.end_position));
    request(Math.floor(R.exact));
  }

  function request(position) {
    if (R.inFlight) { R.wanted = position; return; }
    R.inFlight = true;
    const id = R.opened.replay_id;
    send('seek_replay', { replay_id: id, position }, (reply) => {
      R.inFlight = false;
      if (reply.kind === 'replay_frame') showFrame(reply.replay_frame);
      else stop();
      if (R.wanted !== null && R.opened && R.opened.replay_id === id) {
        const next = R.wanted;
        R.wanted = null;
        request(next);
      }
    });
  }

  function play() {
    if (!R.opened) return;
    if (R.position >= R.opened.end_position) R.exact = 0;
    R.playing = true;
    R.lastTick = performance.now();
    R.timer = setInterval(tick, 50);
    renderTime();
  }

  function stop() {
    R.playing = false;
    clearInterval(R.timer);
    R.timer = null;
    renderTime();
  }

  // Sim time runs at the chosen speed from the wall clock; frames are asked for as fast as they come.
  function tick() {
    const now = performance.now();
    R.exact += (now - R.lastTick) * 1e6 * R.speed / R.opened.step_nanos;
    R.lastTick = now;
    if (R.exact >= R.opened.end_position) {
      R.exact = R.opened.end_position;
      request(R.opened.end_position);
      stop();
      return;
    }
    if (!R.inFlight) request(Math.floor(R.exact));
  }

  $('replay-play').onclick = () => (R.playing ? stop() : play());
  $('replay-speed').onchange = () => { R.speed = Number($('replay-speed').value); };
  $('replay-range').oninput = () => seek(Number($('replay-range').value));
  $('replay-close').onclick = leave;

  // ---------------------------------------------------------------- links: #replay=REC&ex=…&run=…&sc=…&t=…

  function fromLink() {
    if (!location.hash.startsWith('#replay=')) return false;
    const p = new URLSearchParams(location.hash.slice(1));
    history.replaceState(null, '', location.pathname + location.search);
    const what = { recording: p.get('replay') };
    if (p.get('ex')) {
      Object.assign(what, { exercise_id: p.get('ex'), finished_run: Number(p.get('run') || 0),
        scenario_id: p.get('sc') || '', at_seconds: Number(p.get('t') || 0), check_id: p.get('ck') || '' });
    }
    open(what);
    return true;
  }

  // A finished live graded run (graded-run.js lists its checks): each failed check opens the
  // run's recording at the moment it failed.
  function linkGradedRun(g) {
    if (!g.finished || !g.recording || g.session_id !== state.observing) return;
    for (const c of g.checks) {
      const li = c.failed && document.querySelector('#graded-checks li[data-check="' + CSS.escape(c.id) + '"]');
      if (!li) continue;
      const b = button(t('replay.jump'), () => open({ recording: g.recording, exercise_id: g.exercise_id, latest_run: true,
        scenario_id: c.failed_scenario, at_seconds: c.failed_at_seconds, check_id: c.id }));
      b.className = 'replay-jump';
      li.append(' ', b);
    }
  }

  const appOnMessage = onMessage;
  onMessage = function (m) { // eslint-disable-line no-global-assign
    if (m.kind === 'graded_run') {
      appOnMessage(m);
      linkGradedRun(m.graded_run);
      return;
    }
    if (m.kind === 'logged_in') {
      const replaying = state.observing && state.observing.startsWith('replay:') ? state.observing : null;
      if (replaying) state.observing = null; // app.js would observe it as a session
      appOnMessage(m);
      if (replaying) {
        state.observing = replaying;
        show('session-view');
        request(R.position);
      } else if (!fromLink()) {
        listRecordings();
      }
      return;
    }
    appOnMessage(m);
  };

  I18N.onChange(() => {
    if (R.loaded) renderRecordings();
    if (R.opened) { renderMarks(); renderTime(); renderTitle(); renderCheck(); markCheckTags(); } // app.js rebuilt the tag table
  });

  return { open, seek, play, stop, leave, listRecordings, highlighted, state: R };
})();
