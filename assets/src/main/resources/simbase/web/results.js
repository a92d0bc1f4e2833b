// SimBase class results page: students x exercises (best score, attempts, last attempt), one
// student's attempts with each check's verdict and the sim time it failed at, CSV export.
// Reuses the dashboard's sign-in (its token in sessionStorage); the server decides what this
// user may see (a student only their own results). Polls list_results every 3 s while open.
'use strict';

const R = { status: 'connecting', ws: null, next: 1, rows: [], token: sessionStorage.getItem('simbase.token'), detail: null, timer: null };
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
      refresh();
      clearInterval(R.timer);
      R.timer = setInterval(refresh, 3000);
      break;
    case 'results': R.rows = m.results.rows; render(); break;
    case 'error':
      showError(m.error.code === ERROR_CODES.NOT_AUTHENTICATED ? rt('signInFirst') : m.error.text);
      break;
    default: break;
  }
}

function refresh() {
  rsend('list_results', { class_code: '' });
}

/** { student: { exercise: { best, attempts, last, rows } } }, students and exercises sorted. */
function summarize(rows) {
  const byStudent = new Map();
  const exercises = new Set();
  for (const r of rows) {
    exercises.add(r.exercise_id);
    if (!byStudent.has(r.student)) byStudent.set(r.student, new Map());
    const m = byStudent.get(r.student);
    const cell = m.get(r.exercise_id) || { best: 0, attempts: 0, last: 0, rows: [] };
    cell.best = Math.max(cell.best, r.score);
    cell.attempts++;
    cell.last = Math.max(cell.last, r.at_millis);
    cell.rows.push(r);
    m.set(r.exercise_id, cell);
  }
  return { byStudent, students: [...byStudent.keys()].sort(), exercises: [...exercises].sort() };
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
  for (const e of s.exercises) hr.insertCell().textContent = e;
  for (const student of s.students) {
    const tr = tbody.insertRow();
    tr.dataset.student = student;
    tr.insertCell().textContent = student;
    for (const e of s.exercises) {
      const td = tr.insertCell();
      const cell = s.byStudent.get(student).get(e);
      if (!cell) { td.textContent = '–'; continue; }
      td.className = 'result-cell';
      td.dataset.exercise = e;
      td.innerHTML = '';
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = rt('best') + ' ' + cell.best + ' · ' + rt('attempts') + ' ' + cell.attempts;
      b.onclick = () => { R.detail = { student, exercise: e }; renderDetail(); };
      const small = document.createElement('div');
      small.className = 'muted';
      small.textContent = rt('last') + ': ' + when(cell.last);
      td.append(b, small);
    }
  }
  if (R.detail) renderDetail();
}

function renderDetail() {
  const { student, exercise } = R.detail;
  const rows = R.rows.filter(r => r.student === student && r.exercise_id === exercise);
  el('r-detail').hidden = false;
  el('r-detail-title').textContent = rt('attemptsOf') + ' ' + student + ' · ' + rt('on') + ' ' + exercise;
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
      tr.insertCell().textContent = c.id + (c.safety ? ' ⚠' : '');
      tr.insertCell().textContent = c.kind;
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
  const lines = ['class,student,exercise,finished_utc,score,pass_mark,passed,capped,recording,failed_checks'];
  for (const r of R.rows) {
    const failed = r.checks.filter(c => !c.passed)
      .map(c => c.id + '@' + c.failed_scenario + ':' + c.failed_at_seconds.toFixed(3) + 's').join(' ');
    lines.push([r.class_code, r.student, r.exercise_id, new Date(r.at_millis).toISOString(), r.score, r.pass_mark,
      r.passed, r.capped, r.recording, failed].map(q).join(','));
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
