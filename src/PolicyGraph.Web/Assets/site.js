// Progressive enhancement: the site works without this file. Suggestions as you type fill the search box's
// <datalist> from /api/suggest; every suggestion is set as an option's value (text, never markup).
(() => {
  const input = document.getElementById('q');
  const list = document.getElementById('suggestions');
  if (!input || !list) return;
  let timer = 0;
  let last = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const typed = input.value.trim();
      if (typed === last) return;
      last = typed;
      if (typed.length === 0) { list.replaceChildren(); return; }
      try {
        const response = await fetch('/api/suggest?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/x-suggestions+json' } });
        if (!response.ok) return;
        const [, suggestions] = await response.json();
        list.replaceChildren(...suggestions.map(s => { const option = document.createElement('option'); option.value = s; return option; }));
      } catch { /* suggestions are a convenience; the search still works */ }
    }, 150);
  });
})();
