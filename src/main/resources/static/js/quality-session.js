// The session page's timelines: one chart per metric, one line per participant, from /quality/data/sessions/{id}.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('session-charts');
  if (!root || !window.echarts) return;
  var d = root.dataset;
  var lang = document.documentElement.lang || undefined;
  var time = new Intl.DateTimeFormat(lang, {timeStyle: 'medium', timeZone: 'UTC'});
  var metrics = [
    {label: d.labelRtt, series: [['rttMs', '']]},
    {label: d.labelLoss, series: [['lossPct', '']]},
    {label: d.labelBitrate, series: [['sendKbps', ' ↑'], ['recvKbps', ' ↓']]},
    {label: d.labelFps, series: [['fps', '']]},
    {label: d.labelFreeze, series: [['videoFreezePct', ' video'], ['audioFreezePct', ' audio']]},
    {label: d.labelCpu, series: [['cpuAppPct', ' app'], ['cpuSystemPct', ' system']]}
  ];
  fetch(d.source, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        var charts = [];
        metrics.forEach(function (m) {
          var h = document.createElement('h3'); h.textContent = m.label; root.appendChild(h);
          var el = document.createElement('div'); el.className = 'chart timeline'; root.appendChild(el);
          var series = [];
          s.timelines.forEach(function (t) {
            m.series.forEach(function (f) {
              series.push({name: t.userId + f[1], type: 'line', showSymbol: false,
                data: t.ts.map(function (ts, i) { return [ts, t[f[0]][i]]; })});
            });
          });
          var chart = echarts.init(el);
          chart.setOption({
            tooltip: {trigger: 'axis'}, legend: {type: 'scroll'},
            grid: {left: 50, right: 20, top: 30, bottom: 30},
            xAxis: {type: 'time', axisLabel: {formatter: function (v) { return time.format(new Date(v)); }}},
            yAxis: {type: 'value'}, series: series
          });
          charts.push(chart);
        });
        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
      });
});
