// The neighbourhood drawing of an entity page. Data arrive as a JSON data block;
// nothing from the data is parsed as HTML: tooltips are built with textContent.
(function () {
  const data = window.kgData ? window.kgData() : null;
  if (!data || typeof vis === "undefined") { window.kgReady = true; return; }
  const tip = window.kgTip;
  const nodes = new vis.DataSet(data.nodes.map(n => Object.assign({}, n, {title: tip([n.label].concat(n.tip))})));
  const edges = new vis.DataSet(data.edges.map((e, i) => Object.assign({id: "e" + i}, e, {title: tip(e.tip), font: {size: 10, align: "middle"}})));
  const network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, {
    physics: {stabilization: {iterations: 150}, barnesHut: {springLength: 140, avoidOverlap: 0.3}},
    interaction: {hover: true, tooltipDelay: 150},
    edges: {smooth: false, color: {color: "#999", highlight: "#333"}, scaling: {min: 1, max: 6, label: {enabled: false}}},
    layout: {randomSeed: 7},
  });
  window.network = network;
  network.on("doubleClick", params => {
    if (!params.nodes.length) return;
    const node = nodes.get(params.nodes[0]);
    // Our own relative address of a page of this site, never one from the data.
    if (node && typeof node.href === "string" && node.href.startsWith("../e/")) window.location.href = node.href;
  });
  network.once("stabilizationIterationsDone", () => network.fit());
  network.once("afterDrawing", () => { window.kgReady = true; });
})();
