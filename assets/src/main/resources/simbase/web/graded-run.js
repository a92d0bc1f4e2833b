// The dashboard's "Graded run" panel (session view): offers the exercises of the session's scene
// (an exercise names its scene, several may share one: list_exercises, asked once at sign-in),
// starts a live graded run of the chosen one, then shows the scenario's progress and each check,
// by its message in the page's language, turning red as it fails and green when the run ends.
// Added to the page by this file alone (index.html only loads it after app.js); it takes the
// graded_run and exercises messages before app.js's handler.
'use strict';

(function gradedRunPanel() {
  const heading = document.querySelector('#session-view h3');
  const panel = document.createElement('div');
  panel.id = 'graded-panel';
  panel.className = 'row';
  const choice = document.createElement('select');
  choice.id = 'graded-exercise';
  const button = document.createElement('button');
  button.id = 'graded-btn';
  button.type = 'button';
  const status = document.createElement('span');
  status.id = 'graded-status';
  status.className = 'mono';
  panel.append(choice, button, status);
  let exercises = [];  // every bundled exercise, curriculum order
  let offeredFor = null;  // the scene (and language) the choice was filled for
  let last = null;  // the last graded_run shown, re-rendered when the language changes
  const checks = document.createElement('ul');
  checks.id = 'graded-checks';
  heading.parentNode.insertBefore(panel, heading);
  heading.parentNode.insertBefore(checks, heading);
  button.textContent = rt('gradedRun');

  /** Fills the choice with the exercises of the observed session's scene, when that changed. */
  function offer() {
    const scene = state.layout ? state.layout.scene : null;
    const key = scene + '\t' + resultsLang() + '\t' + exercises.length;
    if (key === offeredFor) return;
    offeredFor = key;
    const kept = choice.value;
    choice.innerHTML = '';
    for (const e of exercises.filter(x => x.scene === scene)) {
      const o = document.createElement('option');
      o.value = e.id;
      o.textContent = inLang(e.title_zh, e.title_en);
      choice.append(o);
    }
    if ([...choice.options].some(o => o.value === kept)) choice.value = kept;
    choice.title = rt('gradedExercise');
    button.textContent = rt('gradedRun');
    button.disabled = choice.options.length === 0;
    if (button.disabled && !last) status.textContent = scene ? rt('gradedNone') : '';
  }

  button.onclick = () => {
    if (!choice.value) return;
    checks.innerHTML = '';
    last = null;
    status.textContent = rt('gradedStarting');
    send('start_graded_run', { session_id: state.observing, exercise_id: choice.value });
  };

  function show(g) {
    if (g.session_id !== state.observing) return;
    last = g;
    if (g.aborted) {
      status.textContent = rt('gradedAborted', { why: g.aborted });
    } else if (g.finished) {
      status.textContent = rt('gradedDone', { score: g.score, passed: g.passed ? rt('yes') : rt('no') });
    } else {
      status.textContent = rt('gradedProgress', {
        i: g.scenario_index + 1, n: g.scenario_count, s: g.scenario_id,
        t: g.scenario_seconds.toFixed(0), d: g.scenario_duration.toFixed(0),
      });
    }
    checks.innerHTML = '';
    for (const c of g.checks) {
      const li = document.createElement('li');
      li.dataset.check = c.id;
      li.className = c.failed ? 'check-fail' : g.finished ? 'check-pass' : 'check-pending';
      li.title = c.id;
      li.textContent = (c.failed ? '✗ ' : g.finished ? '✓ ' : '· ') + (inLang(c.message_zh, c.message_en) || c.id)
        + ' (' + c.points + ')'
        + (c.failed ? ' – ' + rt('failedAt', { t: c.failed_at_seconds.toFixed(3), s: c.failed_scenario }) : '');
      checks.append(li);
    }
  }

  const appOnMessage = onMessage;
  onMessage = function (m) { // eslint-disable-line no-global-assign
    if (m.kind === 'graded_run') { show(m.graded_run); return; }
    if (m.kind === 'exercises') { exercises = m.exercises.exercises; offer(); return; }
    appOnMessage(m);
    if (m.kind === 'logged_in' && state.role !== 'technician') send('list_exercises', { scene: '' });
    offer();
  };
  if (typeof I18N !== 'undefined') I18N.listeners.push(() => { offer(); if (last) show(last); });
})();
