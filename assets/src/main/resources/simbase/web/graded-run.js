// The dashboard's "Graded run" panel (session view): starts a live graded run of the exercise
// of the session's scene, then shows the scenario's progress and each check turning red as it
// fails and green when the run ends. Added to the page by this file alone (index.html only
// loads it after app.js); it takes the graded_run messages before app.js's handler.
'use strict';

(function gradedRunPanel() {
  const heading = document.querySelector('#session-view h3');
  const panel = document.createElement('div');
  panel.id = 'graded-panel';
  panel.className = 'row';
  const button = document.createElement('button');
  button.id = 'graded-btn';
  button.type = 'button';
  const status = document.createElement('span');
  status.id = 'graded-status';
  status.className = 'mono';
  panel.append(button, status);
  const checks = document.createElement('ul');
  checks.id = 'graded-checks';
  heading.parentNode.insertBefore(panel, heading);
  heading.parentNode.insertBefore(checks, heading);
  button.textContent = rt('gradedRun');

  button.onclick = () => {
    checks.innerHTML = '';
    status.textContent = rt('gradedStarting');
    send('start_graded_run', { session_id: state.observing, exercise_id: state.layout.scene });
  };

  function show(g) {
    if (g.session_id !== state.observing) return;
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
      li.textContent = (c.failed ? '✗ ' : g.finished ? '✓ ' : '· ') + c.id + ' (' + c.points + ')'
        + (c.failed ? ' – ' + rt('failedAt', { t: c.failed_at_seconds.toFixed(3), s: c.failed_scenario }) : '');
      checks.append(li);
    }
  }

  const appOnMessage = onMessage;
  onMessage = function (m) { // eslint-disable-line no-global-assign
    if (m.kind === 'graded_run') show(m.graded_run);
    else appOnMessage(m);
  };
})();
