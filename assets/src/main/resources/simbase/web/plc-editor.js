// The soft-PLC panel of the session view: a small Structured Text editor of our own (a textarea
// over a highlighted copy of its text, line numbers, errors marked at their line, scene tags as
// completions), Download / Run / Stop, and the PLC's state and live watch from the session's
// stream. No dependencies; strings come from plc-i18n.js. See docs/decisions/0060.
'use strict';

const PlcEditor = (() => {
  const KEYWORDS = new Set(('PROGRAM END_PROGRAM FUNCTION_BLOCK END_FUNCTION_BLOCK FUNCTION END_FUNCTION VAR VAR_INPUT '
    + 'VAR_OUTPUT VAR_IN_OUT VAR_TEMP CONSTANT END_VAR AT IF THEN ELSIF ELSE END_IF CASE OF END_CASE FOR TO BY DO '
    + 'END_FOR WHILE END_WHILE REPEAT UNTIL END_REPEAT EXIT RETURN AND OR XOR NOT MOD TRUE FALSE ARRAY STRUCT '
    + 'END_STRUCT TYPE END_TYPE').split(' '));
  const TYPES = new Set(('BOOL INT DINT UINT WORD REAL LREAL TIME TON TOF TP R_TRIG F_TRIG CTU CTD CTUD SR RS '
    + 'ABS SQRT MIN MAX LIMIT SEL MUX').split(' '));
  // One alternation, in priority order: comments, time literals, numbers, names, addresses, the rest.
  const TOKEN = /(\(\*[\s\S]*?(?:\*\)|$))|(\/\/[^\n]*)|(T#[0-9a-z_.]+)|(\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?)|([A-Za-z_]\w*)|(%[IQ][XWD]?[\d.]+)|([\s\S])/gi;

  const ui = {};
  const model = {
    session: null, mode: 'hidden', tags: [], errors: new Map(), watchNames: [], watchTypes: [], status: null,
    completions: [], selected: 0, send: null, values: [], downloading: null, errorList: [],
  };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  /** The text as highlighted lines of HTML (a token that spans lines is split at each newline). */
  function highlight(text) {
    const tagNames = new Set(model.tags.map((t) => t.name.toUpperCase()));
    const lines = [[]];
    let m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      if (m[0] === '') { TOKEN.lastIndex++; continue; }
      let cls = '';
      if (m[1] || m[2]) cls = 'st-comment';
      else if (m[3] || m[4]) cls = 'st-number';
      else if (m[5]) {
        const u = m[5].toUpperCase();
        cls = KEYWORDS.has(u) ? 'st-keyword' : TYPES.has(u) ? 'st-type' : tagNames.has(u) ? 'st-tag' : '';
      } else if (m[6]) cls = 'st-address';
      const parts = m[0].split('\n');
      parts.forEach((p, i) => {
        if (i > 0) lines.push([]);
        if (p) lines[lines.length - 1].push(cls ? '<span class="' + cls + '">' + esc(p) + '</span>' : esc(p));
      });
    }
    return lines.map((l) => l.join(''));
  }

  function render() {
    const lines = highlight(ui.text.value);
    ui.code.innerHTML = lines.map((l, i) => {
      const err = model.errors.get(i + 1);
      const fault = model.status && model.status.state === 3 && model.status.fault_line === i + 1;
      return '<div class="st-line' + (err || fault ? ' st-error-line' : '') + '">' + (l || ' ') + '</div>';
    }).join('');
    ui.gutter.replaceChildren(...lines.map((l, i) => {
      const n = el('div', 'st-gutter-line', String(i + 1));
      const err = model.errors.get(i + 1);
      if (err) {
        n.classList.add('st-error-mark');
        n.title = err;
      }
      return n;
    }));
    syncScroll();
  }

  function syncScroll() {
    ui.code.style.transform = 'translate(' + -ui.text.scrollLeft + 'px,' + -ui.text.scrollTop + 'px)';
    ui.gutter.style.transform = 'translateY(' + -ui.text.scrollTop + 'px)';
  }

  // -------------------------------------------------------------- completions

  function wordBeforeCaret() {
    const upTo = ui.text.value.slice(0, ui.text.selectionStart);
    const m = /[A-Za-z_]\w*$/.exec(upTo);
    return m ? m[0] : '';
  }

  function showCompletions(forced) {
    const w = wordBeforeCaret();
    if (!forced && w.length < 2) return hideCompletions();
    const u = w.toUpperCase();
    model.completions = model.tags.filter((t) => t.name.toUpperCase().startsWith(u)
      && t.name.toUpperCase() !== u).slice(0, 10);
    if (model.completions.length === 0) return hideCompletions();
    model.selected = 0;
    ui.popup.replaceChildren(el('div', 'st-popup-title', PLC_I18N.t('completions')), ...model.completions.map((t, i) => {
      const item = el('div', 'st-completion' + (i === 0 ? ' selected' : ''));
      item.append(el('b', null, t.name), el('span', null, ' ' + t.type + ', '
        + PLC_I18N.t(t.direction === 'sensor' ? 'sensor' : 'actuator')));
      item.onmousedown = (e) => { e.preventDefault(); accept(i); };
      return item;
    }));
    const before = ui.text.value.slice(0, ui.text.selectionStart).split('\n');
    const lh = parseFloat(getComputedStyle(ui.text).lineHeight) || 18;
    ui.popup.style.top = (before.length * lh - ui.text.scrollTop + 6) + 'px';
    ui.popup.style.left = (Math.min(before[before.length - 1].length, 60) * charWidth() - ui.text.scrollLeft + 48) + 'px';
    ui.popup.hidden = false;
  }

  function charWidth() {
    if (!ui.charWidth) {
      const probe = el('span', 'st-probe', 'MMMMMMMMMM');
      ui.editor.append(probe);
      ui.charWidth = probe.getBoundingClientRect().width / 10 || 8;
      probe.remove();
    }
    return ui.charWidth;
  }

  function hideCompletions() {
    model.completions = [];
    ui.popup.hidden = true;
  }

  function accept(i) {
    const t = model.completions[i];
    if (!t) return;
    const w = wordBeforeCaret();
    const at = ui.text.selectionStart;
    ui.text.setRangeText(t.name, at - w.length, at, 'end');
    hideCompletions();
    render();
  }

  function onKey(e) {
    if (e.key === ' ' && e.ctrlKey) {
      e.preventDefault();
      showCompletions(true);
      return;
    }
    if (model.completions.length > 0) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const n = model.completions.length;
        model.selected = (model.selected + (e.key === 'ArrowDown' ? 1 : n - 1)) % n;
        [...ui.popup.querySelectorAll('.st-completion')].forEach((c, i) => c.classList.toggle('selected', i === model.selected));
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        accept(model.selected);
        return;
      }
      if (e.key === 'Escape') {
        hideCompletions();
        return;
      }
    }
    if (e.key === 'Tab') { // indent instead of leaving the editor
      e.preventDefault();
      ui.text.setRangeText('    ', ui.text.selectionStart, ui.text.selectionEnd, 'end');
      render();
    }
  }

  // -------------------------------------------------------------- status and watch

  function fmtWatch(type, v) {
    switch (type) {
      case 'BOOL': return v ? 'TRUE' : 'FALSE';
      case 'REAL': case 'LREAL': return Number(v).toFixed(4).replace(/\.?0+$/, '') || '0';
      case 'TIME': return 'T#' + v + 'ms';
      default: return String(v);
    }
  }

  function renderStatus() {
    const s = model.status;
    const name = !s ? 'NONE' : ['NONE', 'STOP', 'RUN', 'FAULT'][s.state] || 'NONE';
    ui.state.textContent = PLC_I18N.t('state' + name);
    ui.state.className = 'plc-state plc-' + name.toLowerCase();
    ui.scan.textContent = s ? PLC_I18N.t('scan') + ': ' + s.scans + ' ' + PLC_I18N.t('scans') + ' · '
      + s.scan_operations + ' ' + PLC_I18N.t('ops') + ' · ' + (s.scan_micros || 0).toFixed(1) + ' µs' : '';
    ui.fault.textContent = s && s.state === 3
      ? PLC_I18N.t('faultAt', { line: s.fault_line, message: localized('fault', s.fault_code, s.fault_args, s.fault_message) })
      : '';
    ui.fault.hidden = !(s && s.state === 3);
    const rows = ui.watchBody.children;
    if (s && rows.length === model.watchNames.length) {
      for (let i = 0; i < rows.length; i++) {
        rows[i].lastChild.textContent = fmtWatch(model.watchTypes[i], model.values[i]);
      }
    }
  }

  function renderWatchNames() {
    ui.watchBody.replaceChildren(...model.watchNames.map((n, i) => {
      const tr = el('tr');
      tr.append(el('td', 'mono', n), el('td', 'mono plc-value', ''));
      tr.dataset.type = model.watchTypes[i];
      return tr;
    }));
  }

  /**
   * A compile error ('error') or fault ('fault') in the page's language: the text of key
   * plc.<kind>.<code> in the dashboard's tables (i18n/en.js, zh.js) filled with its arguments;
   * the server's English text when there is no code (an older server) or no such key.
   */
  function localized(kind, code, args, english) {
    const key = 'plc.' + kind + '.' + code;
    if (!code || typeof I18N === 'undefined' || !I18N.has(key)) return english;
    return I18N.t(key, args || []);
  }

  function showErrors(list) {
    model.errorList = list;
    model.errors = new Map();
    for (const e of list) {
      const prev = model.errors.get(e.line);
      model.errors.set(e.line, (prev ? prev + '\n' : '') + localized('error', e.code, e.args, e.message));
    }
    ui.messages.replaceChildren();
    if (list.length > 0) {
      ui.messages.append(el('div', 'plc-errors-title', PLC_I18N.t('errorsTitle', { n: list.length })));
      for (const e of list) {
        const item = el('div', 'plc-error', PLC_I18N.t('errorAt', { line: e.line, col: e.col,
          message: localized('error', e.code, e.args, e.message) }));
        item.dataset.line = e.line;
        item.onclick = () => goToLine(e.line);
        ui.messages.append(item);
      }
    }
    render();
  }

  function goToLine(line) {
    const lines = ui.text.value.split('\n');
    let at = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) at += lines[i].length + 1;
    ui.text.focus();
    ui.text.setSelectionRange(at, at);
  }

  function note(text) {
    model.errorList = [];
    ui.messages.replaceChildren(el('div', 'plc-note', text));
  }

  // -------------------------------------------------------------- actions

  function download() {
    const sid = model.session;
    model.downloading = ui.text.value; // its echo on the stream is this editor's own download
    model.send('plc_download', { session_id: sid, source: ui.text.value, file_name: 'program.st' }, (reply) => {
      if (sid !== model.session) return;
      if (reply.kind === 'plc_errors') showErrors(reply.plc_errors.errors);
      else if (reply.kind === 'input_ack') {
        showErrors([]);
        note(PLC_I18N.t('downloaded', { step: reply.input_ack.step }));
      } else if (reply.kind === 'error') note(PLC_I18N.t('refused', { text: reply.error.text }));
    });
  }

  function command(kind) {
    model.send(kind, { session_id: model.session }, (reply) => {
      if (reply.kind === 'error') note(PLC_I18N.t('refused', { text: reply.error.text }));
    });
  }

  function labels() {
    ui.title.textContent = PLC_I18N.t('title');
    ui.download.textContent = PLC_I18N.t('download');
    ui.run.textContent = PLC_I18N.t('run');
    ui.stop.textContent = PLC_I18N.t('stop');
    ui.watchTitle.textContent = PLC_I18N.t('watch');
    ui.watchHead.replaceChildren(el('th', null, PLC_I18N.t('variable')), el('th', null, PLC_I18N.t('value')));
    ui.readOnly.textContent = PLC_I18N.t(model.mode === 'instruct' ? 'instructorEdits' : 'readOnly');
    if (model.errorList && model.errorList.length > 0) showErrors(model.errorList);
    renderStatus();
  }

  // -------------------------------------------------------------- public

  /** Builds the panel into `container`; `send(kind, body, onReply)` is the dashboard's request function. */
  function init(container, send) {
    model.send = send;
    ui.root = el('div', 'card plc-panel');
    ui.root.id = 'plc-panel';
    const head = el('div', 'row');
    ui.title = el('h3');
    ui.state = el('span', 'plc-state');
    ui.state.id = 'plc-state';
    ui.scan = el('span', 'mono');
    ui.download = el('button');
    ui.download.id = 'plc-download-btn';
    ui.run = el('button');
    ui.run.id = 'plc-run-btn';
    ui.stop = el('button');
    ui.stop.id = 'plc-stop-btn';
    ui.readOnly = el('span', 'plc-readonly');
    head.append(ui.title, ui.state, ui.scan, el('span', 'spacer'), ui.readOnly, ui.download, ui.run, ui.stop);
    ui.fault = el('div', 'error plc-fault');
    ui.fault.id = 'plc-fault';
    const body = el('div', 'plc-body');
    ui.editor = el('div', 'st-editor');
    ui.gutter = el('div', 'st-gutter');
    const viewport = el('div', 'st-viewport');
    ui.code = el('div', 'st-code');
    ui.code.setAttribute('aria-hidden', 'true');
    ui.text = el('textarea', 'st-text');
    ui.text.id = 'plc-source';
    ui.text.spellcheck = false;
    ui.text.wrap = 'off';
    ui.popup = el('div', 'st-popup');
    ui.popup.id = 'plc-completions';
    ui.popup.hidden = true;
    viewport.append(ui.code, ui.text);
    const gutterBox = el('div', 'st-gutter-box');
    gutterBox.append(ui.gutter);
    ui.editor.append(gutterBox, viewport, ui.popup);
    ui.messages = el('div', 'plc-messages');
    ui.messages.id = 'plc-messages';
    const watch = el('div', 'plc-watch');
    ui.watchTitle = el('h4');
    const table = el('table', 'plc-watch-table');
    table.id = 'plc-watch';
    ui.watchHead = el('tr');
    const thead = el('thead');
    thead.append(ui.watchHead);
    ui.watchBody = el('tbody');
    table.append(thead, ui.watchBody);
    watch.append(ui.watchTitle, table);
    const left = el('div', 'plc-left');
    left.append(ui.editor, ui.messages);
    body.append(left, watch);
    ui.root.append(head, ui.fault, body);
    container.append(ui.root);

    ui.text.addEventListener('input', () => { model.dirty = true; render(); showCompletions(false); });
    ui.text.addEventListener('scroll', syncScroll);
    ui.text.addEventListener('keydown', onKey);
    ui.text.addEventListener('blur', () => setTimeout(hideCompletions, 150));
    ui.download.onclick = download;
    ui.run.onclick = () => command('plc_run');
    ui.stop.onclick = () => command('plc_stop');
    // The dashboard's one language switch (i18n.js) drives this panel too.
    if (typeof I18N !== 'undefined') I18N.onChange((lang) => { PLC_I18N.setLang(lang); labels(); });
    labels();
    render();
  }

  /**
   * A new session is shown. `mode`: 'edit' (a student: download, run, stop), 'instruct' (an
   * instructor on a student's session: the student's program, which a download replaces; run,
   * stop), 'watch' (the program read-only, stop), 'hidden' (no soft-PLC rights).
   */
  function open(sessionId, mode) {
    model.session = sessionId;
    model.mode = mode;
    model.status = null;
    model.values = [];
    model.watchNames = [];
    model.watchTypes = [];
    model.errors = new Map();
    model.errorList = [];
    model.dirty = false;
    model.downloading = null;
    const edits = mode === 'edit' || mode === 'instruct';
    ui.root.hidden = mode === 'hidden';
    ui.text.readOnly = !edits;
    ui.download.hidden = !edits;
    ui.run.hidden = !edits;
    ui.readOnly.hidden = mode === 'edit';
    ui.readOnly.textContent = PLC_I18N.t(mode === 'instruct' ? 'instructorEdits' : 'readOnly');
    ui.text.value = '';
    ui.messages.replaceChildren();
    renderWatchNames();
    renderStatus();
    render();
  }

  /** The session's layout arrived: its tags become completions and are highlighted. */
  function setTags(tags) {
    model.tags = tags.slice().sort((a, b) => a.name.localeCompare(b.name));
    render();
  }

  function onProgram(p) {
    if (p.session_id !== model.session) return;
    model.watchNames = p.watch_names;
    model.watchTypes = p.watch_types;
    const own = model.downloading !== null && p.source === model.downloading;
    model.downloading = null;
    if (!own && p.source !== ui.text.value) {
      // Someone else's download (the instructor's, or the student's from another page): the
      // editor shows what the PLC now holds; unsaved text of this page is replaced, and said so.
      if (model.dirty) note(PLC_I18N.t('replacedBy', { name: p.downloaded_by || '?' }));
      else if (p.downloaded_by && ui.text.value !== '') note(PLC_I18N.t('downloadedBy', { name: p.downloaded_by }));
      ui.text.value = p.source;
      model.dirty = false;
    }
    renderWatchNames();
    render();
  }

  function onStatus(s) {
    if (s.session_id !== model.session) return;
    const faultChanged = (model.status && model.status.fault_line) !== s.fault_line;
    model.status = s;
    if (s.watch_delta) s.watch_index.forEach((w, i) => { model.values[w] = s.watch_values[i]; });
    else model.values = s.watch_values.slice();
    renderStatus();
    if (faultChanged) render();
  }

  return { init, open, setTags, onProgram, onStatus };
})();
