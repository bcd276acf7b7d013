// Supervisor dashboard: draws the trend chart from the numbers of the table next to it.
(function () {
	'use strict';
	var canvas = document.getElementById('trend-chart');
	var table = document.getElementById('trend-table');
	if (!canvas || !table || typeof Chart === 'undefined') {
		return;
	}
	var labels = [], registered = [], breached = [];
	table.querySelectorAll('tbody tr').forEach(function (row) {
		var cells = row.querySelectorAll('td, th');
		labels.push(cells[0].textContent.trim());
		registered.push(Number(cells[1].textContent));
		breached.push(Number(cells[2].textContent));
	});
	new Chart(canvas, {
		type: 'line',
		data: {
			labels: labels,
			datasets: [
				{ label: canvas.getAttribute('data-registered'), data: registered, borderColor: '#0a58ca' },
				{ label: canvas.getAttribute('data-breached'), data: breached, borderColor: '#dc3545' }
			]
		},
		// Fills its box of fixed height (.chart-box): the page never grows because of the chart.
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			scales: { y: { beginAtZero: true } }
		}
	});
})();
