// The exercise sheet beside the plant (session view, every role that operates or watches): the
// sheet of the observed session's scene in the page's language, asked from the server
// (get_sheet; the server renders the Markdown and escapes any raw HTML in it, so its HTML is
// put into the page as it is). A scene with several exercises offers them in a choice; the
// panel folds away (a <details>) and scrolls inside itself, so the plant keeps its place.
// Added to the page by this file alone (index.html loads it after app.js); it follows the
// observed session's full states through app.js's handler. Main thread.
'use strict';

const SheetPanel = (() => {
  const panel = document.createElement('details');
  panel.id = 'sheet-panel';
  panel.open = true;
  const summary = document.createElement('summary');
  const heading = document.createElement('span');
  heading.dataset.i18n = 'sheet.title';
  const choice = document.createElement('select');
  choice.id = 'sheet-choice';
  choice.hidden = true;
  summary.append(heading, ' ', choice);
  const body = document.createElement('div');
  body.id = 'sheet-body';
  body.className = 'sheet';
  panel.append(summary, body);
  const side = document.querySelector('#session-view .side-col');
  side.insertBefore(panel, side.firstChild);

  let scene = null;     // the scene the panel shows a sheet of
  let chosen = '';      // the exercise chosen in the choice ('' = the scene's first)
  let last = null;      // the last sheet shown, for its choice's titles after a language switch

  /**
   * Asks for the sheet of `scene` (the chosen exercise, if any) in the page's language. A refusal
   * (a scene the server has no sheets for, such as an author's own file) is said in the panel,
   * not in the page's error banner.
   */
  function ask() {
    if (!scene) return;
    const asked = scene;
    send('get_sheet', { scene, exercise_id: chosen, lang: I18N.lang }, Object.assign((m) => {
      if (m.kind === 'sheet') show(m.sheet);
      else if (m.kind === 'error' && asked === scene) none();
    }, { quiet: true }));
  }

  function none() {
    last = null;
    body.removeAttribute('lang');
    body.translate = true;
    body.replaceChildren(t('sheet.none'));
    choice.hidden = true;
  }

  /** Called for every full state: a new scene clears the choice and asks for its sheet. */
  function follow(layout) {
    if (!layout || layout.scene === scene) return;
    scene = layout.scene;
    chosen = '';
    last = null;
    body.replaceChildren(t('sheet.loading'));
    ask();
  }

  function show(s) {
    if (s.scene !== scene || s.lang !== I18N.lang) return; // an answer overtaken by a switch
    last = s;
    if (!s.exercise_id) {
      none();
      return;
    }
    body.lang = s.lang === 'zh' ? 'zh-CN' : 'en';
    body.translate = false; // already in the page's language; tag names and addresses stay as they are
    body.innerHTML = s.html;
    fillChoice(s);
  }

  function fillChoice(s) {
    choice.replaceChildren();
    for (const e of s.exercises) {
      const o = document.createElement('option');
      o.value = e.id;
      o.textContent = localized(e.title_en, e.title_zh);
      choice.append(o);
    }
    choice.value = s.exercise_id;
    choice.hidden = s.exercises.length < 2;
    choice.title = t('sheet.choose');
  }

  choice.onchange = () => { chosen = choice.value; ask(); };
  choice.onclick = (e) => e.stopPropagation(); // a click on the choice does not fold the panel

  const appOnMessage = onMessage;
  onMessage = function (m) { // eslint-disable-line no-global-assign
    appOnMessage(m);
    if (m.kind === 'full_state' && m.full_state.session_id === state.observing) follow(m.full_state.layout);
  };
  I18N.apply(panel);
  I18N.onChange(() => ask());

  return { panel, body, current: () => last };
})();
