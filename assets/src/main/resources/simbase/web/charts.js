// Live charts for the instructor's class view: the server's step lateness (p99 over the last few
// seconds) and the connected clients, from get_stats once a second, the last two minutes. A
// line per chart on a small canvas with its latest value and its scale; no chart library for two
// lines (decision 0100). Main thread; polls only while the class view shows (staff).
'use strict';

const LiveCharts = (() => {
  const POINTS = 120;
  const W = 320;
  const H = 72;
  const series = { lateness: [], clients: [] };
  let send = null;
  let box = null;
  let timer = null;

  function init(container, sendFn) {
    box = container;
    send = sendFn;
  }

  /** Polls while `on` (the class view shows to staff); stops otherwise. */
  function run(on) {
    clearInterval(timer);
    timer = null;
    if (!on || !box) return;
    poll();
    timer = setInterval(poll, 1000);
  }

  function poll() {
    if (!state.ws || state.ws.readyState !== WebSocket.OPEN) return;
    send('get_stats', {}, (m) => {
      if (m.kind !== 'stats') return;
      push(series.lateness, m.stats.recent_lateness_p99_ms || 0);
      push(series.clients, m.stats.connections || 0);
      draw();
    });
  }

  function push(list, v) {
    list.push(v);
    if (list.length > POINTS) list.shift();
  }

  function draw() {
    if (!box || box.offsetParent === null) return;
    plot(box.querySelector('[data-chart="lateness"]'), series.lateness, '#c62828',
      t('chart.lateness', { value: last(series.lateness).toFixed(2) }));
    plot(box.querySelector('[data-chart="clients"]'), series.clients, '#1f3b57',
      t('chart.clients', { value: last(series.clients) }));
  }

  function last(list) {
    return list.length ? list[list.length - 1] : 0;
  }

  // One series as a line from the left (two minutes ago) to the right (now); the top of the scale
  // is the series' maximum rounded up, written at the top left under the title.
  function plot(canvas, values, colour, title) {
    Plant.fitBitmap(canvas, W, H);
    const g = canvas.getContext('2d');
    const dpr = canvas.width / W;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, W, H);
    const top = niceCeiling(Math.max(...values, 1e-9));
    const y0 = H - 4, y1 = 30;
    g.strokeStyle = '#ddd';
    g.lineWidth = 1;
    g.beginPath();
    g.moveTo(0, y0); g.lineTo(W, y0); g.moveTo(0, y1); g.lineTo(W, y1);
    g.stroke();
    g.fillStyle = '#222';
    g.font = '12px system-ui, sans-serif';
    g.fillText(title, 4, 13);
    g.fillStyle = '#777';
    g.font = '10px system-ui, sans-serif';
    g.fillText(String(top), 4, y1 - 3);
    g.strokeStyle = colour;
    g.lineWidth = 1.5;
    g.beginPath();
    values.forEach((v, i) => {
      const x = W - (values.length - 1 - i) * (W / (POINTS - 1));
      const y = y0 - (v / top) * (y0 - y1);
      if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
    });
    g.stroke();
  }

  function niceCeiling(v) {
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const k of [1, 2, 5, 10]) if (v <= k * p) return Number((k * p).toPrecision(2));
    return v;
  }

  return { init, run, series, redraw: draw };
})();
