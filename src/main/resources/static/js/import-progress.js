// The go-live import page: while a dry run or an import works, ask for its progress every
// second and move the bar; when it has finished, load the page again to show the result.
// Without JavaScript the page shows the progress as of its loading (reload to follow).
(() => {
  const section = document.getElementById('import-run');
  if (!section || section.dataset.working !== 'true') {
    return;
  }
  const bar = document.getElementById('import-progress');
  const text = document.getElementById('import-progress-text');
  const poll = () => fetch(section.dataset.progress, { headers: { Accept: 'application/json' } })
    .then((response) => response.json())
    .then((progress) => {
      if (!progress.working) {
        window.location.reload();
        return;
      }
      bar.value = progress.percent;
      bar.textContent = progress.percent + '%';
      text.textContent = progress.text;
      setTimeout(poll, 1000);
    })
    .catch(() => setTimeout(poll, 3000));
  setTimeout(poll, 1000);
})();
