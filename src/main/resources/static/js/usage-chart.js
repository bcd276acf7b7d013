// Draws the usage history table as a bar chart above it. The table stays: it has the numbers.
// The chart lives in a box of fixed height (.chart-box in portal.css) and fills it
// (maintainAspectRatio off): sized by its own content, the box grew with every resize the chart
// made, without end (a page metres long and seconds of blocked main thread).
(function () {
	'use strict';
	if (!window.Chart) {
		return;
	}
	document.querySelectorAll('table[data-chart="usage"]').forEach(function (table) {
		var labels = [];
		var values = [];
		var estimated = [];
		table.querySelectorAll('tbody tr').forEach(function (row) {
			labels.push(row.cells[0].textContent.trim());
			values.push(parseFloat(row.cells[1].getAttribute('data-value')));
			estimated.push(row.hasAttribute('data-estimated'));
		});
		var box = document.createElement('div');
		box.className = 'chart-box';
		var canvas = document.createElement('canvas');
		canvas.className = 'usage-chart';
		canvas.setAttribute('role', 'img');
		canvas.setAttribute('aria-label', table.getAttribute('data-chart-label'));
		box.appendChild(canvas);
		table.parentNode.parentNode.insertBefore(box, table.parentNode);
		new window.Chart(canvas, {
			type: 'bar',
			data: {
				labels: labels,
				datasets: [{
					label: table.getAttribute('data-series-label'),
					data: values,
					backgroundColor: estimated.map(function (e) { return e ? '#adb5bd' : '#0a58ca'; })
				}]
			},
			options: {
				animation: false,
				responsive: true,
				maintainAspectRatio: false,
				plugins: { legend: { display: false } }
			}
		});
	});
})();
