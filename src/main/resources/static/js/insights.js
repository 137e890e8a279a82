// The insights dashboard: every chart and table is filled from the JSON of /insights/data/*, in the page's locale.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('insights');
  if (!root) return;
  var base = root.dataset.base;
  var lang = document.documentElement.lang || 'en';
  var number = new Intl.NumberFormat(lang);
  var percent = new Intl.NumberFormat(lang, {style: 'percent', maximumFractionDigits: 1});
  var dateTime = new Intl.DateTimeFormat(lang, {dateStyle: 'medium', timeStyle: 'short'});
  var charts = [];
  var form = document.getElementById('insights-period');

  function chart(id) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) return null;
    var c = echarts.getInstanceByDom(el) || echarts.init(el);
    if (charts.indexOf(c) < 0) charts.push(c);
    return c;
  }

  function query() {
    var params = new URLSearchParams();
    if (form.from.value) params.set('from', form.from.value + 'T00:00:00Z');
    if (form.to.value) params.set('to', form.to.value + 'T00:00:00Z');
    return params.toString();
  }

  function get(path) {
    var q = query();
    return fetch(base + path + (q ? '?' + q : ''), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); });
  }

  function cell(text) {
    var td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  function fill(id, items, row) {
    var body = document.getElementById(id);
    body.replaceChildren();
    if (!items.length) {
      var tr = document.createElement('tr');
      var td = cell(root.dataset.empty);
      td.colSpan = 5;
      tr.appendChild(td);
      body.appendChild(tr);
      return;
    }
    items.forEach(function (item) {
      var tr = document.createElement('tr');
      row(item).forEach(function (td) { tr.appendChild(td); });
      body.appendChild(tr);
    });
  }

  function bars(id, labels, values, name, format) {
    var c = chart(id);
    if (!c) return;
    c.setOption({
      grid: {left: 160, right: 20, top: 10, bottom: 30},
      yAxis: {type: 'category', data: labels.slice().reverse(), axisLabel: {width: 150, overflow: 'truncate'}},
      xAxis: {type: 'value', axisLabel: {formatter: format}},
      tooltip: {valueFormatter: format},
      series: [{type: 'bar', name: name, data: values.slice().reverse(), itemStyle: {color: '#2563eb'}}]
    }, true);
  }

  function load() {
    get('/topics').then(function (topics) {
      var top = topics.slice(0, 12);
      bars('topic-chart', top.map(function (t) { return t.label; }), top.map(function (t) { return t.ticketCount; }),
        root.dataset.tickets, function (v) { return number.format(v); });
      fill('topic-rows', top, function (t) {
        return [cell(t.label), cell(t.keywords.join(', ')), cell(t.language), cell(number.format(t.ticketCount))];
      });
    });
    get('/rising').then(function (rising) {
      var terms = rising.terms.slice(0, 12);
      bars('rising-chart', terms.map(function (t) { return t.term + ' (' + t.language + ')'; }),
        terms.map(function (t) { return t.growth; }), root.dataset.growth, function (v) { return '×' + number.format(v); });
    });
    get('/category-trends').then(function (weeks) {
      var c = chart('category-chart');
      if (!c) return;
      var days = Array.from(new Set(weeks.map(function (w) { return w.weekStart; }))).sort();
      var categories = Array.from(new Set(weeks.map(function (w) { return w.category; }))).sort();
      var series = categories.map(function (cat) {
        return {type: 'line', name: cat, stack: 'all', areaStyle: {}, data: days.map(function (d) {
          var hit = weeks.find(function (w) { return w.weekStart === d && w.category === cat; });
          return hit ? hit.count : 0;
        })};
      });
      var shortDate = new Intl.DateTimeFormat(lang, {month: 'short', day: 'numeric'});
      c.setOption({grid: {left: 40, right: 10, top: 40, bottom: 30}, legend: {type: 'scroll'}, tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: days.map(function (d) { return shortDate.format(new Date(d + 'T00:00:00Z')); })},
        yAxis: {type: 'value', minInterval: 1}, series: series}, true);
    });
    get('/sdk-mentions').then(function (m) {
      var c = chart('platform-chart');
      if (!c) return;
      c.setOption({tooltip: {}, series: [{type: 'pie', radius: '65%',
        data: m.platforms.map(function (p) { return {name: p.name, value: p.count}; })}]}, true);
    });
    ['region', 'center'].forEach(function (by) {
      get('/satisfaction/' + by).then(function (rows) {
        bars('csat-' + by + '-chart', rows.map(function (r) { return r.key + ' (' + number.format(r.ratings) + ')'; }),
          rows.map(function (r) { return r.csat; }), root.dataset.csat, function (v) { return percent.format(v); });
      });
    });
    get('/doc-gaps').then(function (gaps) {
      fill('gap-rows', gaps, function (g) {
        var action = document.createElement('td');
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = root.dataset.draft;
        button.addEventListener('click', function () {
          fetch(base + '/doc-gaps/' + g.id + '/draft', {credentials: 'same-origin'}).then(function (r) { return r.json(); })
            .then(function (d) {
              var pre = document.getElementById('gap-draft');
              pre.textContent = '# ' + d.title + '\n\n' + d.body;
              pre.hidden = false;
            });
        });
        action.appendChild(button);
        return [cell(g.question), cell(g.language), cell(number.format(g.count)), cell(dateTime.format(new Date(g.lastAskedAt))), action];
      });
    });
    get('/feedback-items').then(function (items) {
      fill('feedback-rows', items, function (i) {
        return [cell(i.title), cell(i.ownerTeamName), cell(i.statusName), cell(number.format(i.evidenceCount))];
      });
    });
    get('/case-reviews').then(function (reviews) {
      fill('review-rows', reviews, function (r) {
        return [cell(r.title), cell('#' + r.ticketNumber), cell(r.authorName), cell(dateTime.format(new Date(r.publishedAt)))];
      });
    });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  load();
});
