// Every string of the soft-PLC panel (plc-editor.js) in English and Chinese, keyed by id.
// The language follows the browser (zh* -> Chinese) until the user switches; the choice is kept.
'use strict';

const PLC_TEXT = {
  title: { en: 'Soft PLC (Structured Text)', zh: '软 PLC（结构化文本）' },
  download: { en: 'Download', zh: '下载' },
  run: { en: 'Run', zh: '运行' },
  stop: { en: 'Stop', zh: '停止' },
  state: { en: 'State', zh: '状态' },
  stateRUN: { en: 'RUN', zh: '运行' },
  stateSTOP: { en: 'STOP', zh: '停止' },
  stateFAULT: { en: 'FAULT', zh: '故障' },
  stateNONE: { en: 'no program', zh: '无程序' },
  scan: { en: 'Scan', zh: '扫描' },
  scans: { en: 'scans', zh: '次扫描' },
  ops: { en: 'operations', zh: '条操作' },
  watch: { en: 'Watch', zh: '监视' },
  variable: { en: 'Variable', zh: '变量' },
  value: { en: 'Value', zh: '值' },
  faultAt: { en: 'Fault at line {line}: {message}', zh: '第 {line} 行故障：{message}' },
  errorsTitle: { en: '{n} compile error(s); nothing was downloaded', zh: '{n} 个编译错误，程序未下载' },
  errorAt: { en: 'line {line}, column {col}: {message}', zh: '第 {line} 行，第 {col} 列：{message}' },
  downloaded: { en: 'Downloaded at step {step}. Press Run to start.', zh: '已在第 {step} 步下载。按“运行”启动。' },
  readOnly: { en: 'Read-only: the student\'s program', zh: '只读：学生的程序' },
  completions: { en: 'Scene tags (Ctrl+Space)', zh: '场景变量（Ctrl+空格）' },
  sensor: { en: 'sensor, read-only', zh: '传感器，只读' },
  actuator: { en: 'actuator, writable', zh: '执行器，可写' },
  refused: { en: 'Refused: {text}', zh: '被拒绝：{text}' },
  instructorEdits: { en: 'Instructor: a download replaces the student\'s program', zh: '教师：下载将替换学生的程序' },
  downloadedBy: { en: '{name} downloaded a new program.', zh: '{name} 下载了新程序。' },
  replacedBy: { en: '{name} downloaded a new program; it replaced your unsaved text.', zh: '{name} 下载了新程序，已替换您未保存的文本。' },
};

const PLC_I18N = {
  lang: localStorage.getItem('simbase.lang')
    || ((navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en'),

  /** The text of `id` in the current language, with `{name}` placeholders filled from `args`. */
  t(id, args) {
    const entry = PLC_TEXT[id];
    const lang = (typeof I18N !== 'undefined' && I18N.lang) || this.lang; // the dashboard's switch, when it is there
    let s = entry ? entry[lang] || entry.en : id;
    if (args) s = s.replace(/\{(\w+)\}/g, (all, k) => (k in args ? String(args[k]) : all));
    return s;
  },

  setLang(lang) {
    this.lang = lang;
    localStorage.setItem('simbase.lang', lang);
  },
};
