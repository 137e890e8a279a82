// The lead's load-versus-capacity chart per support center; its data comes from the element's data attributes.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('center-load-chart');
  if (!el || !window.echarts) return;
  var split = function (s) { return (s || '').split(',').filter(function (x) { return x !== ''; }); };
  var centers = split(el.dataset.centers);
  var chart = echarts.init(el);
  chart.setOption({
    grid: {left: 40, right: 10, top: 30, bottom: 30},
    legend: {data: [el.dataset.loadLabel, el.dataset.capacityLabel]},
    xAxis: {type: 'category', data: centers},
    yAxis: {type: 'value', minInterval: 1},
    tooltip: {},
    series: [
      {name: el.dataset.loadLabel, type: 'bar', data: split(el.dataset.loads).map(Number), itemStyle: {color: '#2563eb'}},
      {name: el.dataset.capacityLabel, type: 'bar', data: split(el.dataset.capacities).map(Number), itemStyle: {color: '#94a3b8'}}
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
