// Every string of the class results page (results.html) and the dashboard's graded-run panel
// (graded-run.js), by id, in English and Chinese.
// The language follows the browser (zh* -> Chinese) unless the switch on the page picked one.
'use strict';

const RESULTS_TEXT = {
  en: {
    title: 'Class results',
    back: '← Dashboard',
    signInFirst: 'Sign in or join your class on the dashboard first.',
    connecting: 'connecting…',
    connected: 'connected',
    disconnected: 'disconnected',
    student: 'Student',
    best: 'best',
    attempts: 'attempts',
    last: 'last',
    noResults: 'No graded runs yet.',
    exportCsv: 'Export CSV',
    attemptsOf: 'Attempts of',
    on: 'on',
    when: 'When',
    score: 'Score',
    passed: 'Passed',
    yes: 'yes',
    no: 'no',
    capped: 'capped by a safety check',
    check: 'Check',
    kind: 'Kind',
    points: 'Points',
    result: 'Result',
    ok: 'passed',
    failedAt: 'failed at t = {t} s in scenario {s}',
    evidence: 'Recording {r}: replay it with ./simbase replay to see the moment',
    live: 'updates live as graded runs finish',
    gradedRun: 'Graded run',
    gradedStarting: 'starting…',
    gradedProgress: 'scenario {i}/{n} ({s}): {t} of {d} s',
    gradedDone: 'done: score {score}/100, passed: {passed}',
    gradedAborted: 'stopped: {why}',
    solved: 'Solved',
    kind_response: 'response',
    kind_invariant: 'never',
    kind_outcome: 'outcome',
    kind_recovery: 'recovery',
    gradedExercise: 'Exercise',
    gradedNone: 'no exercise for this scene',
  },
  zh: {
    title: '班级成绩',
    back: '← 仪表板',
    signInFirst: '请先在仪表板登录或加入班级。',
    connecting: '正在连接…',
    connected: '已连接',
    disconnected: '连接已断开',
    student: '学生',
    best: '最高分',
    attempts: '次数',
    last: '最近一次',
    noResults: '还没有评分运行。',
    exportCsv: '导出 CSV',
    attemptsOf: '评分记录：',
    on: '练习',
    when: '时间',
    score: '得分',
    passed: '通过',
    yes: '是',
    no: '否',
    capped: '因安全检查未通过而封顶',
    check: '检查项',
    kind: '类型',
    points: '分值',
    result: '结果',
    ok: '通过',
    failedAt: '在场景 {s} 的 t = {t} 秒失败',
    evidence: '录像 {r}：用 ./simbase replay 回放可看到失败时刻',
    live: '评分运行结束时自动更新',
    gradedRun: '评分运行',
    gradedStarting: '正在开始…',
    gradedProgress: '场景 {i}/{n}（{s}）：{t} / {d} 秒',
    gradedDone: '完成：得分 {score}/100，通过：{passed}',
    gradedAborted: '已停止：{why}',
    solved: '已完成',
    kind_response: '响应',
    kind_invariant: '禁止状态',
    kind_outcome: '结果',
    kind_recovery: '恢复',
    gradedExercise: '练习',
    gradedNone: '此场景没有练习',
  },
};

function resultsLang() {
  const chosen = localStorage.getItem('simbase.lang');
  if (chosen === 'en' || chosen === 'zh') return chosen;
  return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The Chinese or the English of a bilingual pair, by the page's language; the other when one is empty. */
function inLang(zh, en) {
  return resultsLang() === 'zh' ? (zh || en) : (en || zh);
}

function rt(id, vars) {
  let s = RESULTS_TEXT[resultsLang()][id] || RESULTS_TEXT.en[id] || id;
  for (const [k, v] of Object.entries(vars || {})) s = s.replace('{' + k + '}', v);
  return s;
}
