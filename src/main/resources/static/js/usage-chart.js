// Draws the usage history table as a bar chart above it. The table stays: it has the numbers.
// The chart lives in a box of fixed height (.chart-box in portal.css) and fills it
// (maintainAspectRatio off): sized by its own content, the box grew with every resize the chart
// made, without end (a page metres long and seconds of blocked main thread).
// Chart.js is loaded and the chart drawn only when the box comes near the screen: on a phone the
// history is far below the amount due, and most readers never scroll to it.
(function () {
	'use strict';
	var tables = document.querySelectorAll('table[data-chart="usage"]');
	var library = null;

	function loadChartJs(src) {
		if (!library) {
			library = new Promise(function (resolve, reject) {
				if (window.Chart) {
					resolve();
					return;
				}
				var script = document.createElement('script');
				script.src = src;
				script.onload = resolve;
				script.onerror = reject;
				document.head.appendChild(script);
			});
		}
		return library;
	}

	function draw(table, canvas) {
		var labels = [];
		var values = [];
		var estimated = [];
		table.querySelectorAll('tbody tr').forEach(function (row) {
			labels.push(row.cells[0].textContent.trim());
			values.push(parseFloat(row.cells[1].getAttribute('data-value')));
			estimated.push(row.hasAttribute('data-estimated'));
		});
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
	}

	tables.forEach(function (table) {
		var box = document.createElement('div');
		box.className = 'chart-box';
		var canvas = document.createElement('canvas');
		canvas.className = 'usage-chart';
		canvas.setAttribute('role', 'img');
		canvas.setAttribute('aria-label', table.getAttribute('data-chart-label'));
		box.appendChild(canvas);
		table.parentNode.parentNode.insertBefore(box, table.parentNode);
		var start = function () {
			loadChartJs(table.getAttribute('data-chart-script')).then(function () {
				draw(table, canvas);
			});
		};
		if (!('IntersectionObserver' in window)) {
			start();
			return;
		}
		var observer = new IntersectionObserver(function (entries) {
			if (entries.some(function (entry) { return entry.isIntersecting; })) {
				observer.disconnect();
				start();
			}
		}, { rootMargin: '200px' });
		observer.observe(box);
	});
})();
