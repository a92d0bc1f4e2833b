// The "Connect my PLC" panel of the session view: opens the session's own Modbus TCP port
// (connect_own_plc), shows address:port, the I/O map and "unit id: any", the address of the
// PLC that claimed it and the link's health (from the session list, polled while open).
// Students use it on their own session, instructors on any (and may release the claim).
// Uses app.js's globals (state, send, $); strings come from ownplc-i18n.js.
'use strict';

const ownPlc = { endpoint: null, sessionId: null, pairingEndsMs: 0, status: null };

function ownPlcRender() {
  const panel = $('own-plc-panel');
  const allowed = state.observing && (state.role === 'student' || state.role === 'instructor');
  panel.hidden = !allowed;
  if (!allowed) return;
  if (ownPlc.sessionId !== state.observing) {
    ownPlc.endpoint = null;
    ownPlc.status = null;
    ownPlc.sessionId = state.observing;
    $('own-plc-info').textContent = '';
  }
  for (const el of panel.querySelectorAll('[data-ownplc]')) el.textContent = ownPlcText(el.dataset.ownplc);
  const ep = ownPlc.endpoint;
  const r = ownPlc.status;
  $('own-plc-release-btn').hidden = !(ep || r) || state.role !== 'instructor';
  $('own-plc-close-btn').hidden = !(ep || r);
  const info = $('own-plc-info');
  const map = $('own-plc-map');
  if (!ep) {
    // Opened by someone else (the student, for an instructor watching): what the session list says.
    map.replaceChildren();
    map.dataset.session = '';
    if (r) {
      info.textContent = [r.description, ownPlcText('claimedBy') + ': ' + (r.claimed_by || '-'), ownPlcText('link') + ': '
        + (r.comm_lost ? ownPlcText('commLost') : ownPlcText(r.state || 'offline'))].join('\n');
    }
    return;
  }
  const lines = [
    ownPlcText('address') + ': ' + ep.host + ':' + ep.port,
    ownPlcText('unitId') + ': ' + ownPlcText('unitAny'),
  ];
  const claimed = (r && r.claimed_by) || ep.claimed_by;
  if (claimed) {
    lines.push(ownPlcText('claimedBy') + ': ' + claimed);
  } else {
    const left = Math.max(0, Math.round((ownPlc.pairingEndsMs - Date.now()) / 1000));
    lines.push(left > 0 ? ownPlcText('waiting', { s: left }) : ownPlcText('expired'));
  }
  if (r) {
    lines.push(ownPlcText('link') + ': ' + (r.comm_lost ? ownPlcText('commLost') : ownPlcText(r.state || 'offline'))
      + ' · ' + ownPlcText('requests', { n: r.requests || 0, e: r.errors || 0, p: Math.round(r.latency_p99_us || 0) }));
  }
  info.textContent = lines.join('\n');
  if (map.dataset.session !== ep.session_id + ownPlcLang()) {
    map.dataset.session = ep.session_id + ownPlcLang();
    const head = document.createElement('tr');
    for (const id of ['tag', 'direction', 'table', 'addr']) {
      const th = document.createElement('th');
      th.textContent = ownPlcText(id);
      head.append(th);
    }
    const rows = [head];
    for (const row of ep.io_map) {
      const tr = document.createElement('tr');
      for (const c of [row.tag, ownPlcText(row.direction), ownPlcText(row.table), row.address || 0]) {
        const td = document.createElement('td');
        td.textContent = String(c);
        tr.append(td);
      }
      rows.push(tr);
    }
    map.replaceChildren(...rows);
  }
}

function ownPlcShow(reply) {
  if (reply.kind !== 'own_plc') return;
  ownPlc.endpoint = reply.own_plc;
  ownPlc.status = reply.own_plc.status || null;
  ownPlc.pairingEndsMs = Date.now() + Number(reply.own_plc.pairing_ms_left || 0);
  $('own-plc-map').dataset.session = '';
  ownPlcRender();
}

// While the panel shows, the session list brings the port's claim and health once a second.
function ownPlcPoll() {
  ownPlcRender();
  if ($('own-plc-panel').hidden || !state.ws || state.ws.readyState !== WebSocket.OPEN) return;
  const sid = ownPlc.sessionId;
  send('list_sessions', { class_code: state.classCode || $('class-code').value.trim() }, (reply) => {
    if (reply.kind !== 'session_list' || sid !== ownPlc.sessionId) return;
    const s = reply.session_list.sessions.find((x) => x.session_id === sid);
    ownPlc.status = s && s.rig && s.rig.name === 'own-plc' ? s.rig : null;
    if (!ownPlc.status) ownPlc.endpoint = null; // closed (by the instructor, or with the session)
    ownPlcRender();
  });
}

$('own-plc-connect-btn').onclick = () => send('connect_own_plc', { session_id: state.observing }, ownPlcShow);
$('own-plc-release-btn').onclick = () => send('release_own_plc', { session_id: state.observing }, ownPlcShow);
$('own-plc-close-btn').onclick = () => send('close_own_plc', { session_id: state.observing }, (reply) => {
  if (reply.kind !== 'ok') return;
  ownPlc.endpoint = null;
  ownPlc.status = null;
  ownPlcRender();
  $('own-plc-info').textContent = ownPlcText('closed');
});
// The dashboard's one language switch (i18n.js) drives this panel too.
if (typeof I18N !== 'undefined') I18N.onChange(() => ownPlcRender());
setInterval(ownPlcPoll, 1000);
