// What a view's page and a site's neighbourhood drawing share: reading the data,
// which arrive as a JSON data block (never executed), and tooltips built with
// textContent (nothing from the data is ever parsed as HTML).
window.kgData = function () {
  const block = document.getElementById("kg-data");
  return block ? JSON.parse(block.textContent) : null;
};
window.kgTip = function (lines) {
  const box = document.createElement("div");
  box.className = "kg-tip";
  for (const line of lines) {
    const row = document.createElement("div");
    row.textContent = line;
    box.appendChild(row);
  }
  return box;
};
