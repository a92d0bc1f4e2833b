// The results page's way to the failing moment: each failed check of an attempt that has a
// recording gets a link that opens the dashboard's replay of that recording at the sim time the
// check first failed (index.html#replay=…, read by replay.js). The attempt is found in its
// recording as the n-th graded run of its exercise that finished there, n from the kept results'
// order. Added to the page by this file alone (results.html loads it after results.js).
'use strict';

(function resultsReplayLinks() {
  const text = (key) => (I18N_TABLES[resultsLang()] || I18N_TABLES.en)[key];

  /** The link to the moment check `c` of result `r` failed; null when it has no recording. */
  function jumpLink(r, c) {
    if (!r.recording || c.passed) return null;
    const runs = R.rows.filter((x) => x.recording === r.recording && x.exercise_id === r.exercise_id)
      .sort((a, b) => a.at_millis - b.at_millis);
    const p = new URLSearchParams({ replay: r.recording, ex: r.exercise_id, run: String(runs.indexOf(r)),
      sc: c.failed_scenario || '', t: String(c.failed_at_seconds || 0), ck: c.id });
    const a = document.createElement('a');
    a.className = 'replay-jump';
    a.href = '/#' + p.toString();
    a.dataset.check = c.id;
    a.append(text('replay.jump') + ' · ' + (inLang(c.message_zh, c.message_en) || c.id)); // named as results.js names the check
    return a;
  }

  const resultsRenderDetail = renderDetail;
  renderDetail = function () { // eslint-disable-line no-global-assign
    resultsRenderDetail();
    const { key, exercise } = R.detail;
    const rows = R.rows.filter((r) => studentKey(r) === key && r.exercise_id === exercise).slice().reverse();
    document.querySelectorAll('#r-attempts .attempt').forEach((div, i) => {
      const r = rows[i];
      const links = r ? r.checks.map((c) => jumpLink(r, c)).filter((a) => a) : [];
      if (!links.length) return;
      const p = document.createElement('p'); // below the table: its cells stay as results.js wrote them
      p.className = 'replay-jumps';
      for (const a of links) p.append(a, ' ');
      div.querySelector('table').after(p);
    });
  };
})();
