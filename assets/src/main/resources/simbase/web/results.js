// SimBase class results page: students (by their identity: the roster's student number) x
// exercises in curriculum order (solved or not, best score, attempts, last attempt, how many
// solved), one student's attempts with each check's message in the page's language, its verdict
// and the sim time it failed at, CSV export.
// Reuses the dashboard's sign-in (its token in sessionStorage); the server decides what this
// user may see (a student only their own results). Polls list_results every 3 s while open.
'use strict';

const R = { status: 'connecting', ws: null, next: 1, rows: [], exercises: [], token: sessionStorage.getItem('simbase.token'), detail: null, timer: null };
const el = (id) => document.getElementById(id);

function rconnect() {
  const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
  ws.binaryType = 'arraybuffer';
  R.ws = ws;
  ws.onmessage = (e) => onResultsMessage(PB.decode(SCHEMA, 'ServerMessage', new Uint8Array(e.data)));
  ws.onclose = () => { setStatus('disconnected'); clearInterval(R.timer); setTimeout(rconnect, 2000); };
}

function rsend(kind, body) {
  const msg = { request_id: R.next++ };
  msg[kind] = body;
  R.ws.send(PB.encode(SCHEMA, 'ClientMessage', msg));
}

function setStatus(id) {
  R.status = id;
  el('r-conn').textContent = rt(id);
}

function showError(text) {
  el('r-error').textContent = text;
  el('r-error').hidden = !text;
}

function onResultsMessage(m) {
  switch (m.kind) {
    case 'welcome':
      setStatus('connected');
      if (!R.token) { showError(rt('signInFirst')); return; }
      rsend('resume', { token: R.token });
      break;
    case 'logged_in':
      el('r-who').textContent = m.logged_in.name + ' · ' + ROLES[m.logged_in.role];
      rsend('list_exercises', { scene: '' });
      refresh();
      clearInterval(R.timer);
      R.timer = setInterval(refresh, 3000);
      break;
    case 'results': R.rows = m.results.rows; render(); break;
    case 'exercises': R.exercises = m.exercises.exercises; render(); break;
    case 'error':
      showError(m.error.code === ERROR_CODES.NOT_AUTHENTICATED ? rt('signInFirst') : m.error.text);
      break;
    default: break;
  }
}

function refresh() {
  rsend('list_results', { class_code: '' });
}

/** A student's row key: the class and their identity (a student number is unique in its class). */
function studentKey(r) {
  return r.class_code + '\t' + r.student;
}

/** 'Name (number)', or the name alone when the student has no identity beyond it. */
function studentLabel(r) {
  const name = r.student_name || r.student;
  return name === r.student ? name : name + ' (' + r.student + ')';
}

/** An exercise's title in the page's language, else its id. */
function exerciseTitle(id) {
  const e = R.exercises.find(x => x.id === id);
  return e ? inLang(e.title_zh, e.title_en) : id;
}

/**
 * { byStudent: key -> { label, cells: exercise -> { best, attempts, last, solved, rows } },
 *   students: keys sorted by label, exercises: the curriculum's, then any others kept }.
 */
function summarize(rows) {
  const byStudent = new Map();
  const exercises = R.exercises.map(e => e.id);
  for (const r of rows) {
    if (!exercises.includes(r.exercise_id)) exercises.push(r.exercise_id);
    const key = studentKey(r);
    if (!byStudent.has(key)) byStudent.set(key, { label: studentLabel(r), number: r.student, cells: new Map() });
    const m = byStudent.get(key).cells;
    const cell = m.get(r.exercise_id) || { best: 0, attempts: 0, last: 0, solved: false, rows: [] };
    cell.best = Math.max(cell.best, r.score);
    cell.attempts++;
    cell.solved = cell.solved || r.passed;
    if (r.at_millis >= cell.last) byStudent.get(key).label = studentLabel(r); // the newest name
    cell.last = Math.max(cell.last, r.at_millis);
    cell.rows.push(r);
    m.set(r.exercise_id, cell);
  }
  const students = [...byStudent.keys()].sort((a, b) => byStudent.get(a).label.localeCompare(byStudent.get(b).label));
  return { byStudent, students, exercises };
}

function when(ms) {
  return new Date(ms).toLocaleString(resultsLang() === 'zh' ? 'zh-CN' : 'en-GB');
}

function render() {
  applyTexts();
  const s = summarize(R.rows);
  const thead = el('r-matrix').tHead;
  const tbody = el('r-matrix').tBodies[0];
  thead.innerHTML = '';
  tbody.innerHTML = '';
  el('r-empty').hidden = R.rows.length > 0;
  if (!R.rows.length) return;
  const hr = thead.insertRow();
  hr.insertCell().textContent = rt('student');
  for (const e of s.exercises) {
    const th = hr.insertCell();
    th.dataset.exercise = e;
    th.title = e;
    th.textContent = exerciseTitle(e);
  }
  hr.insertCell().textContent = rt('solved');
  for (const key of s.students) {
    const student = s.byStudent.get(key);
    const tr = tbody.insertRow();
    tr.dataset.student = student.number;
    tr.insertCell().textContent = student.label;
    let solved = 0;
    for (const e of s.exercises) {
      const td = tr.insertCell();
      const cell = student.cells.get(e);
      if (!cell) { td.textContent = '–'; continue; }
      if (cell.solved) solved++;
      td.className = 'result-cell ' + (cell.solved ? 'solved' : 'unsolved');
      td.dataset.exercise = e;
      td.innerHTML = '';
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = (cell.solved ? '✓ ' : '✗ ') + rt('best') + ' ' + cell.best + ' · ' + rt('attempts') + ' ' + cell.attempts;
      b.onclick = () => { R.detail = { key, exercise: e }; renderDetail(); };
      const small = document.createElement('div');
      small.className = 'muted';
      small.textContent = rt('last') + ': ' + when(cell.last);
      td.append(b, small);
    }
    const total = tr.insertCell();
    total.className = 'solved-count';
    total.textContent = solved + '/' + s.exercises.length;
  }
  if (R.detail) renderDetail();
}

function renderDetail() {
  const { key, exercise } = R.detail;
  const rows = R.rows.filter(r => studentKey(r) === key && r.exercise_id === exercise);
  if (!rows.length) return;
  el('r-detail').hidden = false;
  el('r-detail-title').textContent = rt('attemptsOf') + ' ' + studentLabel(rows[rows.length - 1]) + ' · ' + rt('on')
    + ' ' + exerciseTitle(exercise);
  const box = el('r-attempts');
  box.innerHTML = '';
  rows.slice().reverse().forEach((r, i) => {
    const div = document.createElement('div');
    div.className = 'attempt';
    div.dataset.recording = r.recording;
    const h = document.createElement('h3');
    h.textContent = when(r.at_millis) + ' · ' + rt('score') + ' ' + r.score + '/100 · ' + rt('passed') + ': '
      + (r.passed ? rt('yes') : rt('no')) + (r.capped ? ' (' + rt('capped') + ')' : '');
    div.append(h);
    const t = document.createElement('table');
    const head = t.createTHead().insertRow();
    for (const k of ['check', 'kind', 'points', 'result']) head.insertCell().textContent = rt(k);
    const body = t.createTBody();
    for (const c of r.checks) {
      const tr = body.insertRow();
      tr.className = c.passed ? 'check-pass' : 'check-fail';
      tr.dataset.check = c.id;
      const what = tr.insertCell();
      what.className = 'check-message';
      what.title = c.id;
      what.textContent = (inLang(c.message_zh, c.message_en) || c.id) + (c.safety ? ' ⚠' : '');
      tr.insertCell().textContent = rt('kind_' + c.kind);
      tr.insertCell().textContent = c.awarded + '/' + c.points;
      tr.insertCell().textContent = c.passed ? rt('ok')
        : rt('failedAt', { t: c.failed_at_seconds.toFixed(3), s: c.failed_scenario });
    }
    div.append(t);
    if (r.recording) {
      const p = document.createElement('p');
      p.className = 'muted evidence';
      p.textContent = rt('evidence', { r: r.recording });
      div.append(p);
    }
    box.append(div);
  });
}

function csv() {
  const q = (v) => '"' + String(v).replace(/"/g, '""') + '"';
  const lines = ['class,student,name,exercise,finished_utc,score,pass_mark,passed,capped,recording,failed_checks'];
  for (const r of R.rows) {
    const failed = r.checks.filter(c => !c.passed)
      .map(c => c.id + '@' + c.failed_scenario + ':' + c.failed_at_seconds.toFixed(3) + 's').join(' ');
    lines.push([r.class_code, r.student, r.student_name || r.student, r.exercise_id, new Date(r.at_millis).toISOString(),
      r.score, r.pass_mark, r.passed, r.capped, r.recording, failed].map(q).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function exportCsv() {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob(['\ufeff' + csv()], { type: 'text/csv;charset=utf-8' }));
  a.download = 'simbase-results.csv';
  a.click();
}

function applyTexts() {
  document.documentElement.lang = resultsLang() === 'zh' ? 'zh-CN' : 'en';
  el('r-title').textContent = rt('title');
  el('r-back').textContent = rt('back');
  el('r-csv').textContent = rt('exportCsv');
  el('r-live').textContent = rt('live');
  el('r-empty').textContent = rt('noResults');
  el('r-lang').value = resultsLang();
  el('r-conn').textContent = rt(R.status);
}

el('r-csv').onclick = exportCsv;
el('r-lang').onchange = () => { localStorage.setItem('simbase.lang', el('r-lang').value); render(); };
applyTexts();
setStatus('connecting');
rconnect();
