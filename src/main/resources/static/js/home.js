// The agents-by-language chart on the home page; its data comes from the element's data attributes.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('language-chart');
  if (!el || !window.echarts) return;
  var labels = (el.dataset.labels || '').split(',').filter(Boolean);
  var values = (el.dataset.values || '').split(',').filter(Boolean).map(Number);
  var chart = echarts.init(el);
  chart.setOption({
    grid: {left: 40, right: 10, top: 10, bottom: 30},
    xAxis: {type: 'category', data: labels},
    yAxis: {type: 'value', minInterval: 1},
    tooltip: {},
    series: [{type: 'bar', data: values, itemStyle: {color: '#2563eb'}}]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
