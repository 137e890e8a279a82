// Charts of the alerting pages: an incident's timeline and the health trends. Data comes from the element's data-chart.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) return;

  function draw(el, option) {
    var chart = echarts.init(el);
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var incident = document.getElementById('incident-chart');
  if (incident) {
    var data = JSON.parse(incident.dataset.chart || '{}');
    var marks = [{xAxis: data.startedAt}, {xAxis: data.detectedAt}];
    if (data.resolvedAt) marks.push({xAxis: data.resolvedAt});
    var names = Object.keys(data.series || {});
    draw(incident, {
      tooltip: {trigger: 'axis'},
      legend: {data: names},
      grid: {left: 50, right: 20, top: 40, bottom: 30},
      xAxis: {type: 'time'},
      yAxis: names.map(function (n, i) { return {type: 'value', show: i === 0, scale: true}; }),
      series: names.map(function (n, i) {
        return {name: n, type: 'line', showSymbol: false, yAxisIndex: i, data: data.series[n],
                markLine: i === 0 ? {symbol: 'none', data: marks} : undefined};
      })
    });
  }

  var health = document.getElementById('health-chart');
  if (health) {
    var trends = JSON.parse(health.dataset.chart || '{}');
    var labels = Object.keys(trends);
    draw(health, {
      tooltip: {trigger: 'axis'},
      legend: {data: labels, type: 'scroll'},
      grid: {left: 40, right: 20, top: 40, bottom: 30},
      xAxis: {type: 'time'},
      yAxis: {type: 'value', min: 0, max: 100},
      series: labels.map(function (n) { return {name: n, type: 'line', showSymbol: false, data: trends[n]}; })
    });
  }
});
