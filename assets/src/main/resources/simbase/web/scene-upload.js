// Scenes in the dashboard: the scene list of the class view comes from the server (bundled and
// uploaded scenes, list_scenes), and an instructor uploads a scene file (upload_scene); the
// server checks it with the scene loader and answers with the new scene or the line of the first
// problem. The instructor chooses the classes whose students are offered it (class codes; none:
// staff only) and changes them later in the list of uploads (set_scene_classes); students are
// offered their class's uploads only. Added to the page by this file alone (index.html loads it
// after app.js).
'use strict';

const SceneUpload = (function sceneUpload() {
  const S = { scenes: null, exercises: [], last: null };

  const panel = document.createElement('details');
  panel.id = 'scene-upload-panel';
  panel.hidden = true;
  panel.innerHTML = '<summary data-i18n="sceneUpload.title"></summary><p class="hint" data-i18n="sceneUpload.hint"></p>'
    + '<div class="row"><label><span data-i18n="sceneUpload.file"></span> <input type="file" id="scene-file" accept=".yaml,.yml"></label>'
    + '<label><input type="checkbox" id="scene-replace"> <span data-i18n="sceneUpload.replace"></span></label>'
    + '<button id="scene-upload-btn" type="button" data-i18n="sceneUpload.submit"></button></div>'
    + '<div class="row"><label><span data-i18n="sceneUpload.classes"></span> <input id="scene-classes" size="28"'
    + ' data-i18n-placeholder="sceneUpload.classesPlaceholder" autocomplete="off"></label></div>'
    + '<div id="scene-upload-result" aria-live="polite"></div>'
    + '<table id="scene-uploads" hidden><thead><tr><th data-i18n="sceneUpload.scene"></th>'
    + '<th data-i18n="sceneUpload.classes"></th><th></th></tr></thead><tbody></tbody></table>';
  $('roster-panel').after(panel);
  I18N.apply(panel);

  function listScenes(select) {
    send('list_scenes', {}, (reply) => {
      if (reply.kind !== 'scene_list') return;
      S.scenes = reply.scene_list.scenes;
      S.exercises = reply.scene_list.exercises || [];
      renderScenes(select);
      renderUploads();
    });
  }

  /** Class codes typed by the instructor: separated by spaces or commas (either width), upper case. */
  function parseCodes(text) {
    return text.split(/[\s,，、;；]+/).map((c) => c.trim().toUpperCase()).filter((c) => c);
  }

  function classesText(codes) {
    return codes && codes.length ? codes.join(', ') : t('sceneUpload.staffOnly');
  }

  // Staff: each upload with its classes, editable in place.
  function renderUploads() {
    const table = $('scene-uploads');
    const uploads = (S.scenes || []).filter((s) => s.uploaded);
    table.hidden = state.role !== 'instructor' || !uploads.length;
    const body = table.tBodies[0];
    body.replaceChildren();
    for (const s of uploads) {
      const tr = document.createElement('tr');
      tr.dataset.scene = s.id;
      const name = document.createElement('td');
      name.append(localized(s.title, s.title_zh), ' ', raw(s.id));
      const codes = document.createElement('input');
      codes.className = 'scene-classes-edit';
      codes.size = 28;
      codes.value = (s.class_codes || []).join(' ');
      codes.placeholder = t('sceneUpload.classesPlaceholder');
      codes.setAttribute('aria-label', t('sceneUpload.classes'));
      const save = document.createElement('button');
      save.type = 'button';
      save.className = 'scene-classes-save';
      save.textContent = t('sceneUpload.saveClasses');
      save.onclick = () => send('set_scene_classes', { scene: s.id, class_codes: parseCodes(codes.value) }, (reply) => {
        if (reply.kind !== 'scene_classes') return;
        s.class_codes = reply.scene_classes.class_codes;
        showResult({ saved: s.id, class_codes: s.class_codes });
        renderScenes();
        renderUploads();
      });
      const c1 = document.createElement('td');
      c1.append(codes);
      const c2 = document.createElement('td');
      c2.append(save);
      tr.append(name, c1, c2);
      body.append(tr);
    }
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
      o.textContent = s.uploaded && state.role !== 'student'
        ? t('scene.uploadedFor', { title: localized(s.title, s.title_zh), classes: classesText(s.class_codes) })
        : s.uploaded ? t('scene.uploaded', { title: localized(s.title, s.title_zh) })
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
    box.className = r.scene || r.saved ? '' : 'bad';
    if (r.local) {
      box.append(t(r.local));
    } else if (r.saved) {
      box.append(t('sceneUpload.classesSaved', { id: r.saved, classes: classesText(r.class_codes) }));
    } else if (r.scene) {
      box.append(t('sceneUpload.ok', { id: r.scene, classes: classesText(r.class_codes) }));
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
    const classes = parseCodes($('scene-classes').value);
    send('upload_scene', { file_name: file.name, yaml, replace: $('scene-replace').checked, class_codes: classes }, (reply) => {
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
    // the class in hand is the upload's first choice, until the instructor types another
    if ((m.kind === 'logged_in' || m.kind === 'class_opened') && !$('scene-classes').value) {
      $('scene-classes').value = state.classCode;
    }
  };

  I18N.onChange(() => {
    renderScenes();
    renderUploads();
    if (S.last) showResult(S.last);
  });

  /** A bundled exercise's title in the page's language, or null before the list came (or for an unknown id). */
  function exerciseTitle(id) {
    const e = S.exercises.find((x) => x.id === id);
    return e ? localized(e.title, e.title_zh) : null;
  }

  return { listScenes, exerciseTitle, state: S };
})();
