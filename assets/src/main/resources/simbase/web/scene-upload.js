// Scenes in the dashboard: the scene list of the class view comes from the server (bundled and
// uploaded scenes, list_scenes), and an instructor uploads a scene file (upload_scene); the
// server checks it with the scene loader and answers with the new scene or the line of the first
// problem. Added to the page by this file alone (index.html loads it after app.js).
'use strict';

const SceneUpload = (function sceneUpload() {
  const S = { scenes: null, last: null };

  const panel = document.createElement('details');
  panel.id = 'scene-upload-panel';
  panel.hidden = true;
  panel.innerHTML = '<summary data-i18n="sceneUpload.title"></summary><p class="hint" data-i18n="sceneUpload.hint"></p>'
    + '<div class="row"><label><span data-i18n="sceneUpload.file"></span> <input type="file" id="scene-file" accept=".yaml,.yml"></label>'
    + '<label><input type="checkbox" id="scene-replace"> <span data-i18n="sceneUpload.replace"></span></label>'
    + '<button id="scene-upload-btn" type="button" data-i18n="sceneUpload.submit"></button></div>'
    + '<div id="scene-upload-result" aria-live="polite"></div>';
  $('roster-panel').after(panel);
  I18N.apply(panel);

  function listScenes(select) {
    send('list_scenes', {}, (reply) => {
      if (reply.kind !== 'scene_list') return;
      S.scenes = reply.scene_list.scenes;
      renderScenes(select);
    });
  }

  // The scene choice from the server's list: bundled scenes by their translated names, uploaded ones by title.
  function renderScenes(select) {
    if (!S.scenes) return;
    const sel = $('scene-select');
    const chosen = select || sel.value;
    sel.replaceChildren();
    for (const s of S.scenes) {
      const o = document.createElement('option');
      o.value = s.id;
      o.textContent = s.uploaded ? t('scene.uploaded', { title: localized(s.title, s.title_zh) })
        : I18N.has('scene.' + s.id) ? t('scene.' + s.id) : localized(s.title, s.title_zh);
      sel.appendChild(o);
    }
    if (S.scenes.some((s) => s.id === chosen)) sel.value = chosen;
  }

  function showResult(r) {
    S.last = r;
    const box = $('scene-upload-result');
    box.replaceChildren();
    if (!r) return;
    box.className = r.scene ? '' : 'bad';
    if (r.local) {
      box.append(t(r.local));
    } else if (r.scene) {
      box.append(t('sceneUpload.ok', { id: r.scene }));
    } else {
      const where = r.line ? t('sceneUpload.lineError', { line: r.line, file: r.file_name })
        : t('sceneUpload.fileError', { file: r.file_name });
      const problem = document.createElement('span');
      problem.className = 'mono scene-problem';
      problem.translate = false;
      problem.textContent = r.problem;
      box.append(where, ' ', problem);
    }
  }

  $('scene-upload-btn').onclick = async () => {
    const file = $('scene-file').files[0];
    if (!file) { showResult({ local: 'sceneUpload.choose' }); return; }
    if (file.size > 60 * 1024) { showResult({ local: 'sceneUpload.tooLarge' }); return; }
    const yaml = await file.text();
    send('upload_scene', { file_name: file.name, yaml, replace: $('scene-replace').checked }, (reply) => {
      if (reply.kind !== 'scene_uploaded') return;
      showResult(reply.scene_uploaded);
      if (reply.scene_uploaded.scene) listScenes(reply.scene_uploaded.scene);
    });
  };

  const appOnMessage = onMessage;
  onMessage = function (m) { // eslint-disable-line no-global-assign
    appOnMessage(m);
    if (m.kind === 'logged_in') {
      panel.hidden = state.role !== 'instructor';
      listScenes();
    }
  };

  I18N.onChange(() => {
    renderScenes();
    if (S.last) showResult(S.last);
  });

  return { listScenes, state: S };
})();
