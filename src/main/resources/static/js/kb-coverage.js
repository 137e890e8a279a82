// The translation coverage chart of the knowledge base; its data comes from the element's data attributes.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('coverage-chart');
  if (!el || !window.echarts) return;
  function numbers(name) {
    return (el.dataset[name] || '').split(',').filter(Boolean).map(Number);
  }
  var chart = echarts.init(el);
  chart.setOption({
    grid: {left: 40, right: 10, top: 30, bottom: 30},
    legend: {},
    tooltip: {trigger: 'axis', valueFormatter: function (v) { return v + ' %'; }},
    xAxis: {type: 'category', data: (el.dataset.locales || '').split(',').filter(Boolean)},
    yAxis: {type: 'value', max: 100},
    series: [
      {name: el.dataset.labelPublished, type: 'bar', stack: 'c', data: numbers('published'), itemStyle: {color: '#16a34a'}},
      {name: el.dataset.labelOutdated, type: 'bar', stack: 'c', data: numbers('outdated'), itemStyle: {color: '#f59e0b'}},
      {name: el.dataset.labelMissing, type: 'bar', stack: 'c', data: numbers('missing'), itemStyle: {color: '#9ca3af'}}
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
