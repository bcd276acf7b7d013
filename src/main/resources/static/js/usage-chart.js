// Draws the usage history table as a bar chart above it. The table stays: it has the numbers.
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
		var canvas = document.createElement('canvas');
		canvas.setAttribute('role', 'img');
		canvas.setAttribute('aria-label', table.getAttribute('data-chart-label'));
		canvas.className = 'usage-chart mb-3';
		table.parentNode.parentNode.insertBefore(canvas, table.parentNode);
		new window.Chart(canvas, {
			type: 'bar',
			data: {
				labels: labels,
				datasets: [{
					label: table.getAttribute('data-series-label'),
					data: values,
					backgroundColor: estimated.map(function (e) { return e ? '#adb5bd' : '#0d6efd'; })
				}]
			},
			options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } } }
		});
	});
})();
