// SimBase dashboard i18n: one message table per language (i18n/en.js, i18n/zh.js), keyed by id.
// The language is the one remembered in localStorage ('simbase.lang'), else the browser's first
// supported one (navigator.languages: zh-* is Chinese), else English.
// Static markup names its strings with data-i18n (text), data-i18n-title and data-i18n-placeholder;
// scripts call t(id, params). A key missing from the chosen table is shown as [id] and recorded in
// I18N.missing, so that a test (and a person) sees it at once.
'use strict';

const I18N_TABLES = window.I18N_TABLES || (window.I18N_TABLES = {});

const I18N = {
  languages: ['en', 'zh'],
  lang: 'en',
  missing: new Set(),
  listeners: [],

  /** The language the browser asks for, among those we have. */
  fromBrowser() {
    const asked = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (const l of asked) {
      const base = String(l).toLowerCase().split('-')[0];
      if (I18N.languages.includes(base)) return base;
    }
    return 'en';
  },

  init() {
    let saved = null;
    try { saved = localStorage.getItem('simbase.lang'); } catch (e) { /* storage off: not remembered */ }
    I18N.lang = I18N.languages.includes(saved) ? saved : I18N.fromBrowser();
    I18N.apply(document);
  },

  /** Chooses a language, remembers it, and re-renders the static markup and every listener. */
  set(lang) {
    if (!I18N.languages.includes(lang)) return;
    I18N.lang = lang;
    try { localStorage.setItem('simbase.lang', lang); } catch (e) { /* not remembered */ }
    I18N.apply(document);
    for (const f of I18N.listeners) f(lang);
  },

  onChange(f) { I18N.listeners.push(f); },

  has(id) { return Object.prototype.hasOwnProperty.call(I18N_TABLES[I18N.lang] || {}, id); },

  /** The message `id` in the current language, `{name}` placeholders filled from params. */
  t(id, params) {
    const table = I18N_TABLES[I18N.lang] || {};
    let text = table[id];
    if (text === undefined) {
      I18N.missing.add(I18N.lang + ':' + id);
      text = '[' + id + ']';
    }
    if (params) text = text.replace(/\{(\w+)\}/g, (m, k) => (params[k] === undefined ? m : String(params[k])));
    return text;
  },

  /** Fills every data-i18n* element under root. */
  apply(root) {
    document.documentElement.lang = I18N.lang === 'zh' ? 'zh-CN' : 'en';
    for (const e of root.querySelectorAll('[data-i18n]')) e.textContent = I18N.t(e.dataset.i18n);
    for (const e of root.querySelectorAll('[data-i18n-title]')) e.title = I18N.t(e.dataset.i18nTitle);
    for (const e of root.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = I18N.t(e.dataset.i18nPlaceholder);
    const sw = document.getElementById('lang');
    if (sw) sw.value = I18N.lang;
  },
};

function t(id, params) {
  return I18N.t(id, params);
}

/** A scene-provided text in the current language: the `_zh` variant when Chinese and present. */
function localized(en, zh) {
  return I18N.lang === 'zh' && zh ? zh : en;
}
