// Utility Portal: progressive enhancements only; every page works without this file.
(function () {
	'use strict';

	// Buttons with data-confirm ask before submitting their form (the message comes from the page).
	document.addEventListener('submit', function (event) {
		var submitter = event.submitter;
		var message = submitter && submitter.getAttribute('data-confirm');
		if (message && !window.confirm(message)) {
			event.preventDefault();
		}
	});

	// Print buttons (bills, receipts, reminders, case summaries) open the browser's print dialog;
	// the print stylesheet leaves out menus and buttons.
	document.addEventListener('click', function (event) {
		if (event.target.closest('[data-print]')) {
			window.print();
		}
	});

	// "/" jumps to the search box (the top bar's, else the page's own), as in many web tools. The key
	// is read by its place on the keyboard, so it works with a Chinese input method switched on too.
	document.addEventListener('keydown', function (event) {
		if (event.code !== 'Slash' || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) {
			return;
		}
		var target = event.target;
		if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
			return;
		}
		var boxes = document.querySelectorAll('[data-quick-search], form[role="search"] input[type="search"]');
		var box = Array.prototype.find.call(boxes, function (candidate) {
			return candidate.offsetParent !== null;
		});
		if (box) {
			event.preventDefault();
			box.focus();
			box.select();
		}
	});

	// A wide table scrolls inside its own box, never the whole page (a new page's table too), and a
	// box that scrolls can be reached with the keyboard to scroll it (WCAG 2.1.1).
	function fitTables() {
		document.querySelectorAll('main table').forEach(function (table) {
			if (!table.parentElement.classList.contains('table-responsive')) {
				var box = document.createElement('div');
				box.className = 'table-responsive';
				table.parentNode.insertBefore(box, table);
				box.appendChild(table);
			}
		});
		document.querySelectorAll('.table-responsive').forEach(function (box) {
			var scrolls = box.scrollWidth > box.clientWidth + 1;
			var reachable = box.querySelector('a[href], button, input, select, textarea');
			if (scrolls && !reachable) {
				box.setAttribute('tabindex', '0');
			}
			else if (box.getAttribute('tabindex') === '0') {
				box.removeAttribute('tabindex');
			}
		});
	}
	fitTables();
	window.addEventListener('resize', fitTables);

	// A page that shows work in progress (a billing run) reloads itself while it runs.
	var refreshing = document.querySelector('[data-refresh-seconds]');
	if (refreshing) {
		window.setTimeout(function () {
			window.location.reload();
		}, 1000 * parseInt(refreshing.getAttribute('data-refresh-seconds'), 10));
	}
})();
