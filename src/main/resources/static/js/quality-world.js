// The world view of call quality: a bar chart and a table of quality by region, drilling down (click a row or bar) to
// ISP, edge node, platform or SDK version. Data from /quality/data/breakdown, refreshed every 15 s.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('quality-world');
  if (!root) return;
  var d = root.dataset;
  var lang = document.documentElement.lang || undefined;
  var num = function (digits) { return new Intl.NumberFormat(lang, {maximumFractionDigits: digits}); };
  var dimLabel = {REGION: d.dimRegion, ISP: d.dimIsp, EDGE_NODE: d.dimEdge, PLATFORM: d.dimPlatform, SDK_VERSION: d.dimSdk};
  var param = {REGION: 'region', ISP: 'isp', EDGE_NODE: 'edgeNode', PLATFORM: 'platform', SDK_VERSION: 'sdkVersion'};
  var path = [];           // [{by, key}] chosen so far
  var by = 'REGION';
  var chart = window.echarts ? echarts.init(document.getElementById('quality-chart')) : null;
  var next = document.getElementById('quality-next');

  function fmt(v, digits) { return v === null || v === undefined ? '–' : num(digits).format(v); }

  function crumbs() {
    var nav = document.getElementById('quality-crumbs');
    nav.textContent = '';
    var all = document.createElement('a');
    all.href = '#'; all.textContent = d.labelAll;
    all.addEventListener('click', function (e) { e.preventDefault(); path = []; by = 'REGION'; load(); });
    nav.appendChild(all);
    path.forEach(function (p, i) {
      nav.appendChild(document.createTextNode(' › '));
      var a = document.createElement('a');
      a.href = '#'; a.textContent = dimLabel[p.by] + ': ' + p.key;
      a.addEventListener('click', function (e) {
        e.preventDefault(); path = path.slice(0, i + 1); by = next.value; load();
      });
      nav.appendChild(a);
    });
  }

  function drill(key) {
    if (path.length >= 4) return;
    path.push({by: by, key: key});
    by = next.value;
    if (path.some(function (p) { return p.by === by; })) {
      by = ['ISP', 'EDGE_NODE', 'PLATFORM', 'SDK_VERSION'].filter(function (x) {
        return !path.some(function (p) { return p.by === x; });
      })[0] || 'SDK_VERSION';
    }
    load();
  }

  function render(rows) {
    document.getElementById('quality-key-header').textContent = dimLabel[by];
    var body = document.querySelector('#quality-table tbody');
    body.textContent = '';
    if (!rows.length) {
      var tr = document.createElement('tr'), td = document.createElement('td');
      td.colSpan = 6; td.textContent = d.labelEmpty; tr.appendChild(td); body.appendChild(tr);
    }
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      tr.className = 'drill';
      var key = document.createElement('td'), a = document.createElement('a');
      a.href = '#'; a.textContent = r.key;
      a.addEventListener('click', function (e) { e.preventDefault(); drill(r.key); });
      key.appendChild(a); tr.appendChild(key);
      [fmt(r.mos, 2), fmt(r.lossP95, 1), fmt(r.rttP95, 0), fmt(r.freezeRatePct, 1), fmt(r.sessions, 0)].forEach(function (v) {
        var td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    if (chart) {
      chart.setOption({
        tooltip: {trigger: 'axis'},
        legend: {data: [d.labelMos, d.labelLoss, d.labelFreeze]},
        grid: {left: 50, right: 50, top: 30, bottom: 60},
        xAxis: {type: 'category', data: rows.map(function (r) { return r.key; }), axisLabel: {rotate: 30}},
        yAxis: [{type: 'value', min: 1, max: 5, name: d.labelMos}, {type: 'value', name: '%'}],
        series: [
          {name: d.labelMos, type: 'bar', data: rows.map(function (r) { return r.mos; }), itemStyle: {color: '#2563eb'}},
          {name: d.labelLoss, type: 'line', yAxisIndex: 1, data: rows.map(function (r) { return r.lossP95; })},
          {name: d.labelFreeze, type: 'line', yAxisIndex: 1, data: rows.map(function (r) { return r.freezeRatePct; })}
        ]
      }, true);
    }
    document.getElementById('quality-updated').textContent =
        d.labelUpdated + ' ' + new Intl.DateTimeFormat(lang, {timeStyle: 'medium'}).format(new Date());
  }

  function load() {
    crumbs();
    var q = new URLSearchParams({by: by});
    path.forEach(function (p) { q.set(param[p.by], p.key); });
    fetch(d.source + '?' + q.toString(), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.json() : {rows: []}; })
        .then(function (b) { render(b.rows || []); })
        .catch(function () { /* keep the last view; the next refresh retries */ });
  }

  if (chart) {
    chart.on('click', function (p) { if (p.name) drill(p.name); });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  load();
  setInterval(load, 15000);
});
