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
      sc: c.failed_scenario || '', t: String(c.failed_at_seconds || 0) });
    const a = document.createElement('a');
    a.className = 'replay-jump';
    a.href = '/#' + p.toString();
    a.textContent = text('replay.jump');
    return a;
  }

  const resultsRenderDetail = renderDetail;
  renderDetail = function () { // eslint-disable-line no-global-assign
    resultsRenderDetail();
    const { student, exercise } = R.detail;
    const rows = R.rows.filter((r) => r.student === student && r.exercise_id === exercise).slice().reverse();
    document.querySelectorAll('#r-attempts .attempt').forEach((div, i) => {
      const r = rows[i];
      if (!r) return;
      for (const c of r.checks) {
        const tr = div.querySelector('tr[data-check="' + CSS.escape(c.id) + '"]');
        const a = tr && jumpLink(r, c);
        if (a) tr.firstChild.append(' ', a); // the verdict cell stays as results.js wrote it
      }
    });
  };
})();
