// Strings of the "Connect my PLC" panel (ownplc.js), English and Chinese, keyed by id.
// {name} in a string is replaced by a value.
'use strict';

const OWNPLC_I18N = {
  en: {
    connect: 'Connect my PLC', release: 'Release PLC', close: 'Close PLC port', title: 'My PLC (Modbus TCP)',
    address: 'Address', unitId: 'Unit ID', unitAny: 'any (S7 MB_CLIENT and CODESYS send 255, most others 1)',
    claimedBy: 'Writing PLC', waiting: 'waiting for your PLC: connect within {s} s',
    expired: 'pairing time is over: press "Connect my PLC" again', link: 'Link', commLost: 'COMM LOST',
    closed: 'PLC port closed', requests: '{n} requests, {e} errors, p99 {p} µs', tag: 'Tag',
    direction: 'Direction', table: 'Table', addr: 'Address', sensor: 'sensor (read)', actuator: 'actuator (write)',
    coil: 'coil (FC 01/05/15)', discrete_input: 'discrete input (FC 02)', holding_register: 'holding register (FC 03/06/16)',
    input_register: 'input register (FC 04)', online: 'online', degraded: 'degraded', offline: 'offline',
  },
  zh: {
    connect: '连接我的PLC', release: '释放PLC', close: '关闭PLC端口', title: '我的PLC（Modbus TCP）',
    address: '地址', unitId: '从站号', unitAny: '任意（S7 MB_CLIENT 与 CODESYS 发送 255，其他大多为 1）',
    claimedBy: '写入的PLC', waiting: '等待您的PLC：请在 {s} 秒内连接',
    expired: '配对时间已过：请再次点击“连接我的PLC”', link: '通信', commLost: '通信中断',
    closed: 'PLC端口已关闭', requests: '{n} 次请求，{e} 次错误，p99 {p} 微秒', tag: '变量',
    direction: '方向', table: '数据区', addr: '地址', sensor: '传感器（读）', actuator: '执行器（写）',
    coil: '线圈（FC 01/05/15）', discrete_input: '离散输入（FC 02）', holding_register: '保持寄存器（FC 03/06/16）',
    input_register: '输入寄存器（FC 04）', online: '在线', degraded: '不稳定', offline: '离线',
  },
};

// The panel's language: the user's choice, else the browser's.
function ownPlcLang() {
  if (typeof I18N !== 'undefined' && I18N.lang) return I18N.lang;
  const chosen = localStorage.getItem('simbase.lang');
  if (chosen === 'en' || chosen === 'zh') return chosen;
  return (navigator.language || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function ownPlcText(id, values) {
  const table = OWNPLC_I18N[ownPlcLang()];
  let s = table[id] !== undefined ? table[id] : OWNPLC_I18N.en[id];
  for (const [k, v] of Object.entries(values || {})) s = s.replace('{' + k + '}', String(v));
  return s;
}
