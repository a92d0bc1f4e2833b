// SimBase dashboard: sign in, see the class's sessions live, open one, operate or supervise it.
// Talks simbase.v1 protobuf over the WebSocket at /ws (see pb.js and schema.js).
'use strict';

const $ = (id) => document.getElementById(id);
const state = {
  ws: null, nextRequest: 1, pending: new Map(), token: sessionStorage.getItem('simbase.token'),
  role: null, name: null, classCode: '', observing: null, layout: null, tags: [], visuals: [],
  parts: null, forced: new Set(), faults: new Set(), listTimer: null, retryMs: 500,
};

// ------------------------------------------------------------------ connection

function connect() {
  const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
  const ws = new WebSocket(url);
  ws.binaryType = 'arraybuffer';
  state.ws = ws;
  ws.onmessage = (e) => onMessage(PB.decode(SCHEMA, 'ServerMessage', new Uint8Array(e.data)));
  ws.onclose = () => {
    setConn(t('conn.disconnected'), 'bad');
    setTimeout(connect, state.retryMs);
    state.retryMs = Math.min(state.retryMs * 2, 8000);
  };
}

function send(kind, body, onReply) {
  const id = state.nextRequest++;
  if (onReply) state.pending.set(id, onReply);
  const msg = { request_id: id };
  msg[kind] = body;
  if (state.ws && state.ws.readyState === WebSocket.OPEN) {
    state.ws.send(PB.encode(SCHEMA, 'ClientMessage', msg));
  } else {
    showError(t('error.offline'));
  }
}

function setConn(text, cls) {
  const c = $('conn');
  c.textContent = text;
  c.className = 'badge ' + (cls || '');
}

function showError(text, detail) {
  const e = $('error');
  e.replaceChildren(text || '');
  if (detail) e.append(' (', raw(detail), ')');
  e.hidden = !text;
  const shown = e.textContent;
  if (text) setTimeout(() => { if (e.textContent === shown) e.hidden = true; }, 6000);
}

// An identifier, a name or a server's detail: shown as it is, never translated.
function raw(text) {
  const s = document.createElement('span');
  s.translate = false;
  s.textContent = String(text);
  return s;
}

// A server error: its text where the page speaks English, else the code's translation and the text.
function errorText(err) {
  const name = Object.keys(ERROR_CODES).find((k) => ERROR_CODES[k] === err.code);
  const closing = err.closing ? t('error.closing') : '';
  if (err.retry_after_seconds) return [t('error.signInLimited', { seconds: err.retry_after_seconds }), null];
  if (I18N.lang === 'en' || !name) return [err.text + closing, null];
  return [t('error.' + name) + closing, err.text];
}

function onMessage(m) {
  const reply = m.request_id && state.pending.get(m.request_id);
  if (reply) state.pending.delete(m.request_id);
  switch (m.kind) {
    case 'welcome':
      state.retryMs = 500;
      Overview.reconnected();
      state.serverVersion = m.welcome.server_version;
      setConn(t('conn.connected', { version: m.welcome.server_version }), 'ok');
      if (state.token) send('resume', { token: state.token });
      break;
    case 'error':
      if (reply && reply.quiet) break; // the overview's own observation of a session that just ended
      showError(...errorText(m.error));
      if (m.error.code === ERROR_CODES.UNKNOWN_SESSION && state.observing) sessionEnded();
      if (m.error.code === ERROR_CODES.NOT_AUTHENTICATED && state.token) { // a stale token
        state.token = null;
        sessionStorage.removeItem('simbase.token');
        show('login-view');
      }
      break;
    case 'logged_in': onLoggedIn(m.logged_in); break;
    case 'class_opened':
      state.classCode = m.class_opened.code;
      $('class-code').value = m.class_opened.code;
      $('class-info').textContent = t('class.joinCode', { code: m.class_opened.code });
      break;
    case 'session_created': observe(m.session_created.session_id); break;
    case 'roster_imported': renderRosterCodes(m.roster_imported.students); break;
    case 'result': if (!m.request_id && state.observing === m.result.session_id) sessionEnded(); break;
    case 'session_list': renderSessions(m.session_list.sessions); break;
    case 'full_state': Overview.onFullState(m.full_state); onFullState(m.full_state); break;
    case 'delta': Overview.onDelta(m.delta); onDelta(m.delta); break;
    case 'events': onEvents(m.events); break;
    case 'plc_program': PlcEditor.onProgram(m.plc_program); break;
    case 'plc_status': PlcEditor.onStatus(m.plc_status); break;
    default: break;
  }
  if (reply) reply(m);
}

// ------------------------------------------------------------------ views

function show(view) {
  for (const v of ['login-view', 'class-view', 'session-view']) $(v).hidden = v !== view;
  if (view !== 'session-view') $('ended').hidden = true;
  clearInterval(state.listTimer);
  LiveCharts.run(view === 'class-view' && isStaff());
  if (view === 'class-view' || view === 'session-view') {
    listSessions();
    state.listTimer = setInterval(listSessions, 1000);
  }
}

function isStaff() {
  return state.role === 'instructor' || state.role === 'technician';
}

function onLoggedIn(l) {
  state.role = ROLES[l.role] || 'student';
  state.name = l.name;
  state.token = l.token;
  sessionStorage.setItem('simbase.token', l.token);
  if (l.class_code) {
    state.classCode = l.class_code;
    $('class-code').value = l.class_code;
  }
  renderWho();
  $('staff-class').hidden = !isStaff();
  $('tiles-box').hidden = !isStaff();
  $('session-table-box').open = !isStaff();
  $('roster-panel').hidden = state.role !== 'instructor';
  $('staff-controls').hidden = state.role !== 'instructor';
  $('fault-panel').hidden = state.role !== 'instructor';
  $('rig-panel').hidden = state.role !== 'technician';
  show(state.observing ? 'session-view' : 'class-view');
  if (state.observing) send('observe', { session_id: state.observing });
}

function renderWho() {
  if (!state.role) { $('who').textContent = t('who.none'); return; }
  $('who').replaceChildren(raw(state.name), ' (' + t('role.' + state.role) + ')');
}

function listSessions() {
  state.classCode = $('class-code').value.trim() || state.classCode;
  send('list_sessions', { class_code: state.classCode });
}

function fmtTime(nanos) {
  const s = nanos / 1e9;
  const m = Math.floor(s / 60);
  return m + ':' + (s - m * 60).toFixed(1).padStart(4, '0');
}

// A bound rig's status in one cell: name, state, counters, p99 latency.
function rigText(r) {
  if (!r) return '';
  return t('rig.summary', { name: r.name, state: r.comm_lost ? t('rig.commLost') : t('rig.state.' + r.state),
    requests: r.requests || 0, errors: r.errors || 0, p99: Math.round(r.latency_p99_us || 0) })
    + (r.claimed_by ? ' · PLC ' + r.claimed_by : '');
}

// What controls the observed session's plant, from the same summary the class list shows.
function renderController(s) {
  if (!s) return;
  let text;
  let hint;
  if (s.soft_plc_running) {
    text = t('control.bySoftPlc');
    hint = '';
  } else if (s.rig && s.rig.claimed_by) {
    text = t('control.byOwnPlc', { address: s.rig.claimed_by });
    hint = '';
  } else if (s.rig) {
    text = t('control.byRig', { rig: rigText(s.rig) });
    hint = '';
  } else if (s.opcua_client) {
    text = t('control.byOpcUa', { address: s.opcua_client });
    hint = '';
  } else {
    text = t('control.nobody');
    hint = t('control.nobodyHint');
  }
  $('controller').textContent = text;
  $('controller-hint').textContent = hint;
  if (state.role === 'technician' && s.rig) $('rig-status').textContent = rigText(s.rig);
}

function renderSessions(list) {
  state.sessionList = list; // kept to re-render in another language
  if (state.observing) renderController(list.find((s) => s.session_id === state.observing));
  if (isStaff() && !$('class-view').hidden) Overview.render(list); // tiles only while seen; the table is cheap
  const body = $('sessions').tBodies[0];
  body.replaceChildren();
  for (const s of list) {
    const tr = document.createElement('tr');
    const cells = [raw(s.session_id), raw(s.scene), raw(s.owner),
      (s.paused ? t('list.paused') : t('list.running')) + (s.time_scale && s.time_scale !== 1 ? ' ×' + s.time_scale : ''),
      fmtTime(s.sim_nanos || 0), s.parts || 0, s.inputs || 0, raw(s.active_faults.join(' ')), raw(s.active_alarms.join(' ')),
      rigText(s.rig), s.observers || 0];
    for (const c of cells) {
      const td = document.createElement('td');
      td.append(typeof c === 'object' ? c : String(c));
      tr.appendChild(td);
    }
    const td = document.createElement('td');
    const b = document.createElement('button');
    b.textContent = t('list.open');
    b.onclick = () => observe(s.session_id);
    td.appendChild(b);
    tr.appendChild(td);
    body.appendChild(tr);
  }
}

// ------------------------------------------------------------------ one session

function observe(id) {
  if (state.observing && state.observing !== id) send('unobserve', { session_id: state.observing });
  Overview.handOver(id);
  state.observing = id;
  state.layout = null;
  state.forced = new Set(); // the next full state says what is forced and faulted in this session
  state.faults = new Set();
  $('events').replaceChildren();
  PlcEditor.open(id, plcMode());
  show('session-view');
  send('observe', { session_id: id });
}

function onFullState(f) {
  if (f.session_id !== state.observing) return;
  if (f.layout) {
    state.layout = f.layout;
    renderSessionTitle();
    buildTagTable();
    buildFaultKinds();
    PlantView.reset();
    PlcEditor.setTags(f.layout.tags);
  }
  // A full state is the whole truth: forces and faults applied before it, whatever events we saw.
  state.forced = new Set(f.forced_tags);
  state.faults = new Set(f.active_faults);
  state.tags = f.tags.slice();
  state.visuals = f.visuals.slice();
  state.parts = f.parts || { ids: [], types: [], xyz: [] };
  state.paused = f.paused;
  $('paused-banner').hidden = !state.paused;
  updateClock(f.sim_nanos);
  refresh();
}

function renderSessionTitle() {
  const L = state.layout;
  if (L) $('session-title').replaceChildren(localized(L.title, L.title_zh) + ' · ', raw(state.observing));
}

function onDelta(d) {
  if (d.session_id !== state.observing || !state.layout) return;
  d.tag_index.forEach((t, i) => { state.tags[t] = d.tag_value[i]; });
  d.visual_index.forEach((v, i) => { state.visuals[v] = d.visual_value[i]; });
  if (d.parts) state.parts = d.parts;
  updateClock(d.sim_nanos);
  refresh();
}

function onEvents(b) {
  if (b.session_id !== state.observing || !state.layout) return;
  const list = $('events');
  for (let i = 0; i < b.kind.length; i++) {
    const kind = EVENT_KINDS[b.kind[i]] || String(b.kind[i]);
    if (kind === 'TAG_CHANGED' || kind === 'INPUT_APPLIED' || kind.startsWith('PART_')) {
      if (kind !== 'PART_LOST') continue; // frequent: shown by the plant view and the tag table
    }
    if (kind === 'SESSION_PAUSED' || kind === 'SESSION_RESUMED') {
      state.paused = kind === 'SESSION_PAUSED';
      showPaused();
    }
    if (kind === 'SESSION_RESET') { // the full state that follows says what is forced now: nothing
      state.forced = new Set();
      state.faults = new Set();
    }
    if (kind === 'FORCE_ON') state.forced.add(b.subject[i]);
    if (kind === 'FORCE_OFF') state.forced.delete(b.subject[i]);
    if (kind.includes('_FAULT_')) {
      const f = faultName(kind, b.subject[i], b.value[i]);
      if (kind.endsWith('_ON')) state.faults.add(f); else state.faults.delete(f);
    }
    const li = document.createElement('li');
    li.dataset.kind = kind;
    li.append(t('event.step', { step: b.step[i] }) + ' ', eventKindText(kind), ' ',
      ...subjectName(kind, b.subject[i], b.value[i]));
    list.prepend(li);
  }
  while (list.children.length > 60) list.lastChild.remove();
}

// An active fault as the full state names it: "target:kind".
function faultName(kind, subject, value) {
  const L = state.layout;
  const target = kind.startsWith('TAG') ? L.tags[subject] && L.tags[subject].name : L.components[subject] && L.components[subject].id;
  return (target || subject) + ':' + (L.fault_kinds[value] || value);
}

// A tag with an active fault (staff get every fault, a student only announced ones).
function faultedTag(name) {
  return state.layout.tags.some((t) => t.name === name) && isFaulted(name);
}

function isFaulted(target) {
  for (const f of state.faults) if (f.startsWith(target + ':')) return true;
  return false;
}

// An event kind as the page names it: English keeps the engine's name (KIND), other languages
// a translation.
function eventKindText(kind) {
  return I18N.lang === 'en' ? raw(kind) : t('event.' + kind);
}

function faultKindText(name) {
  return I18N.has('faultKind.' + name) ? t('faultKind.' + name) : name;
}

// The event's subject as nodes: identifiers untranslated, words in the page's language.
function subjectName(kind, subject, value) {
  const L = state.layout;
  if (kind.startsWith('FORCE') || kind.startsWith('TAG_')) {
    const tag = L.tags[subject];
    const rest = kind.startsWith('TAG_FAULT') ? ' ' + faultKindText(L.fault_kinds[value]) : kind === 'FORCE_ON' ? ' = ' + value : '';
    return [raw(tag ? tag.name : subject), rest];
  }
  if (kind === 'RIG_COMM_LOST') return [t('event.commLostAfter', { ms: value })];
  if (kind === 'RIG_COMM_RESTORED' || kind === 'SESSION_PAUSED' || kind === 'SESSION_RESUMED') return [];
  if (kind === 'SESSION_RESET') return [t('event.resetAt', { step: value })];
  if (kind.startsWith('COMPONENT') || kind.startsWith('ALARM')) {
    const c = L.components[subject];
    const rest = kind.startsWith('COMPONENT') ? ' ' + faultKindText(L.fault_kinds[value]) : ' ' + t('event.alarmCode', { code: value });
    return [raw(c ? c.id : subject), rest];
  }
  return [t('event.part', { id: subject })];
}

function showPaused() {
  $('paused-banner').hidden = !state.paused;
  updateClock(state.simNanos);
}

function updateClock(nanos) {
  state.simNanos = nanos || 0;
  $('session-clock').textContent = t('clock', { time: fmtTime(nanos || 0) }) + (state.paused ? t('clock.paused') : '');
}

function fmtValue(tag, v) {
  if (v === undefined) return '';
  if (tag.type === 'bool') return v ? t('value.on') : t('value.off');
  if (tag.type === 'int') return String(Math.round(v));
  return v.toFixed(3) + (tag.unit ? ' ' + tag.unit : '');
}

function buildTagTable() {
  const body = $('tags').tBodies[0];
  body.replaceChildren();
  state.layout.tags.forEach((tag, i) => {
    const tr = document.createElement('tr');
    tr.id = 'tag-' + i;
    const name = document.createElement('td');
    name.append(raw(tag.name));
    name.title = localized(tag.description, tag.description_zh) || t('tags.pickHint');
    name.onclick = () => { if (!FaultPicker.pick(tag.name)) $('fault-target').value = tag.name; };
    const desc = document.createElement('td');
    const zh = I18N.lang === 'zh' && tag.description_zh;
    desc.className = 'desc';
    desc.append(zh || I18N.lang === 'en' ? localized(tag.description, tag.description_zh) : raw(tag.description || ''));
    const dir = document.createElement('td');
    dir.textContent = t('dir.' + tag.direction);
    const val = document.createElement('td');
    val.className = 'value mono';
    val.translate = tag.type !== 'bool'; // numbers and unit symbols; ON/off is a word
    const ctl = document.createElement('td');
    if (tag.writable) ctl.append(...inputControls(tag, 'set_input'));
    if (state.role === 'instructor') ctl.append(...forceControls(tag));
    tr.append(name, desc, dir, val, ctl);
    body.appendChild(tr);
  });
}

// The fault kinds this session's server offers, from its layout.
function buildFaultKinds() {
  const select = $('fault-kind');
  const chosen = select.value;
  select.replaceChildren();
  for (const k of state.layout.fault_kinds) {
    const o = document.createElement('option');
    o.value = k;
    o.textContent = faultKindText(k);
    select.appendChild(o);
  }
  if (state.layout.fault_kinds.includes(chosen)) select.value = chosen;
  FaultPicker.build(state.layout, faultKindText);
}

function button(text, onclick) {
  const b = document.createElement('button');
  b.textContent = text;
  b.onclick = onclick;
  return b;
}

function inputControls(tag, kind) {
  const sid = () => state.observing;
  if (tag.type === 'bool') {
    if (tag.direction === 'sensor') { // a panel push button: press and release
      const b = button(t('input.press'), () => {});
      b.onmousedown = () => send(kind, { session_id: sid(), tag: tag.name, value: 1 });
      b.onmouseup = () => send(kind, { session_id: sid(), tag: tag.name, value: 0 });
      return [b, button('1', () => send(kind, { session_id: sid(), tag: tag.name, value: 1 })),
        button('0', () => send(kind, { session_id: sid(), tag: tag.name, value: 0 }))];
    }
    return [button(t('input.on'), () => send(kind, { session_id: sid(), tag: tag.name, value: 1 })),
      button(t('input.off'), () => send(kind, { session_id: sid(), tag: tag.name, value: 0 }))];
  }
  const input = document.createElement('input');
  input.size = 6;
  input.placeholder = tag.min + '..' + tag.max;
  return [input, button(t('input.set'), () => send(kind, { session_id: sid(), tag: tag.name, value: Number(input.value) }))];
}

function forceControls(tag) {
  const input = document.createElement('input');
  input.size = 4;
  input.placeholder = t('force.placeholder');
  return [input,
    button(t('force.force'), () => send('force', { session_id: state.observing, tag: tag.name, value: Number(input.value) })),
    button(t('force.release'), () => send('unforce', { session_id: state.observing, tag: tag.name }))];
}

function refresh() {
  if (!state.layout) return;
  state.layout.tags.forEach((tag, i) => {
    const tr = $('tag-' + i);
    if (!tr) return;
    const td = tr.querySelector('.value');
    const v = state.tags[i];
    td.textContent = fmtValue(tag, v);
    td.classList.toggle('on', tag.type === 'bool' && v === 1);
    tr.classList.toggle('forced', state.forced.has(i));
    tr.classList.toggle('faulted', isFaulted(tag.name));
  });
  draw();
}

// ------------------------------------------------------------------ the plant, from above

// Drawn by plant.js (PlantView for this view); faulted components are outlined for staff.
function plantModel() {
  return { layout: state.layout, tags: state.tags, visuals: state.visuals, parts: state.parts, sessionId: state.observing,
    faultedComponent: isStaff() ? isFaulted : null,
    faultedTag: faultedTag, // sensor faults: all for staff, only announced ones reach a student
    highlightedComponent: typeof Replay === 'object' ? Replay.highlighted : null, // a failed check's tags (replay.js)
    onPick: state.role === 'instructor' ? (id) => FaultPicker.pick(id) : null };
}

function draw() {
  PlantView.schedule();
}

// The session we watched is gone (it ended, or the server restarted): say so, offer a new one.
function sessionEnded() {
  state.endedScene = state.layout ? state.layout.scene : $('scene-select').value;
  $('ended').hidden = false;
  $('error').hidden = true;
}

function renderRosterCodes(students) {
  const body = $('roster-codes').tBodies[0];
  body.replaceChildren();
  for (const s of students) {
    const tr = document.createElement('tr');
    for (const c of [raw(s.student_number), raw(s.name), s.code ? raw(s.code) : t('roster.hasPassword')]) {
      const td = document.createElement('td');
      td.append(c);
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  $('roster-codes').hidden = false;
}

// ------------------------------------------------------------------ wiring

$('login-form').onsubmit = (e) => {
  e.preventDefault();
  send('login', { username: $('login-user').value, password: $('login-pass').value });
};
$('join-form').onsubmit = (e) => {
  e.preventDefault();
  send('join_class', { code: $('join-code').value.trim(), display_name: $('join-name').value.trim() });
};
$('student-new').onchange = () => { $('student-name-row').hidden = !$('student-new').checked; };
$('student-form').onsubmit = (e) => {
  e.preventDefault();
  const who = { class_code: $('student-class').value.trim(), student_number: $('student-number').value.trim(),
    password: $('student-pass').value };
  if ($('student-new').checked) send('student_register', Object.assign(who, { name: $('student-name').value.trim() }));
  else send('student_login', who);
};
$('roster-btn').onclick = () => send('import_roster', { class_code: $('class-code').value.trim(), csv: $('roster-csv').value });
$('ended-new-btn').onclick = () => {
  $('ended').hidden = true;
  state.observing = null;
  send('create_session', { scene: state.endedScene || $('scene-select').value,
    class_code: isStaff() ? $('class-code').value.trim() : '' });
};
$('open-class-btn').onclick = () => send('open_class', { name: t('class.defaultName', { date: new Date().toLocaleDateString() }) });
$('create-btn').onclick = () => send('create_session', {
  scene: $('scene-select').value, class_code: isStaff() ? $('class-code').value.trim() : '' });
$('close-view-btn').onclick = () => {
  if (state.observing) send('unobserve', { session_id: state.observing });
  state.observing = null;
  show('class-view');
};
// Reset throws the plant's state away: the first click asks, a second within 5 s confirms.
function confirmed(b) {
  if (b.dataset.control !== 'RESET' || b.dataset.armed === '1') {
    delete b.dataset.armed;
    b.textContent = t(b.dataset.i18n);
    return true;
  }
  b.dataset.armed = '1';
  b.textContent = t('control.resetConfirm');
  setTimeout(() => { if (b.dataset.armed) { delete b.dataset.armed; b.textContent = t(b.dataset.i18n); } }, 5000);
  return false;
}

for (const b of document.querySelectorAll('[data-control]')) {
  const action = b.dataset.control;
  b.onclick = () => confirmed(b) && send('control', { session_id: state.observing, action: CONTROL[action] }, (reply) => {
    if (reply.kind === 'error') return;
    if (action === 'PAUSE' || action === 'RESUME') {
      state.paused = action === 'PAUSE';
      showPaused();
    }
  });
}
$('time-scale').onchange = () => send('control', {
  session_id: state.observing, action: CONTROL.TIME_SCALE, time_scale: Number($('time-scale').value) });
$('fault-on-btn').onclick = () => send('inject_fault', { session_id: state.observing,
  target: $('fault-target').value.trim(), kind: $('fault-kind').value, param: Number($('fault-param').value),
  announce: $('fault-announce').checked });
$('fault-off-btn').onclick = () => send('clear_fault', { session_id: state.observing,
  target: $('fault-target').value.trim(), kind: $('fault-kind').value });

$('rig-bind-btn').onclick = () => send('bind_rig', { session_id: state.observing, rig: $('rig-name').value.trim() },
  (reply) => {
    if (reply.kind === 'rig_status') $('rig-status').textContent = rigText(reply.rig_status) + ' · ' + reply.rig_status.description;
  });
$('rig-unbind-btn').onclick = () => send('unbind_rig', { session_id: state.observing }, (reply) => {
  if (reply.kind === 'ok') $('rig-status').textContent = t('rig.unbound');
});

/** The soft-PLC panel's mode for this user: students edit, instructors watch and may stop (DESIGN.md roles). */
function plcMode() {
  return state.role === 'technician' ? 'hidden' : state.role === 'instructor' ? 'instruct' : 'edit';
}

window.addEventListener('error', (e) => showError(t('error.dashboard'), e.message));

// The language switch: static markup by I18N.apply, the rest re-rendered from the state we hold.
$('lang').onchange = () => I18N.set($('lang').value);
I18N.onChange(() => {
  renderWho();
  if (state.serverVersion && state.ws && state.ws.readyState === WebSocket.OPEN) {
    setConn(t('conn.connected', { version: state.serverVersion }), 'ok');
  }
  if (state.sessionList) renderSessions(state.sessionList);
  Overview.redraw();
  LiveCharts.redraw();
  if (state.layout) {
    renderSessionTitle();
    buildTagTable();
    buildFaultKinds();
    updateClock(state.simNanos);
    refresh();
  }
});
I18N.init();
PlcEditor.init($('plc-container'), send); // after I18N.init: its labels are in the chosen language
PlantView.init($('plant'), plantModel, send, { fitButton: $('plant-fit-btn') });
FaultPicker.init($('fault-choice'), $('fault-target'), $('fault-kind'));
Overview.init($('tiles'), send, observe);
LiveCharts.init($('live-charts'), send);
connect();
