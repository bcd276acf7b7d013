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

	// A page that shows work in progress (a billing run) reloads itself while it runs.
	var refreshing = document.querySelector('[data-refresh-seconds]');
	if (refreshing) {
		window.setTimeout(function () {
			window.location.reload();
		}, 1000 * parseInt(refreshing.getAttribute('data-refresh-seconds'), 10));
	}
})();
