// Search over every label and other name of the site (search-index.js sets
// window.kgSearch). Results are built with textContent: no data becomes HTML.
(function () {
  const input = document.getElementById("q");
  const list = document.getElementById("results");
  const found = document.getElementById("found");
  if (!input || !window.kgSearch) return;
  const classes = window.kgSearch.classes;
  const entries = window.kgSearch.entities.map(e => ({label: e[0], alt: e[1], cls: classes[e[2]], slug: e[3],
                                                      text: (e[0] + " | " + e[1]).toLowerCase()}));
  const LIMIT = 100;
  function show() {
    const words = input.value.trim().toLowerCase().split(/\s+/).filter(w => w);
    list.replaceChildren();
    if (!words.length) { found.textContent = ""; return; }
    const hits = entries.filter(e => words.every(w => e.text.includes(w)));
    found.textContent = hits.length + (hits.length === 1 ? " entity" : " entities") +
      (hits.length > LIMIT ? " (first " + LIMIT + " shown)" : "");
    for (const hit of hits.slice(0, LIMIT)) {
      const item = document.createElement("li");
      const a = document.createElement("a");
      a.href = "e/" + encodeURIComponent(hit.slug) + ".html";
      a.textContent = hit.label;
      item.appendChild(a);
      const small = document.createElement("span");
      small.className = "cls";
      small.textContent = " " + hit.cls + (hit.alt ? " (" + hit.alt + ")" : "");
      item.appendChild(small);
      list.appendChild(item);
    }
  }
  input.addEventListener("input", show);
  window.kgSearchReady = true;
})();
