// The behaviour of a kg graph view. Data arrive as JSON; nothing from the data
// is ever parsed as HTML: tooltips are built with textContent.
(function () {
  const data = window.kgData();
  const tip = window.kgTip;
  const nodes = new vis.DataSet(data.nodes.map(n => Object.assign({}, n, {title: tip([n.label].concat(n.tip)), font: {color: "#222"}})));
  const edges = new vis.DataSet(data.edges.map((e, i) => Object.assign({id: "e" + i}, e, {title: tip(e.tip), font: {size: 12, align: "middle"}})));
  const hidden = new Set();
  const nodeView = new vis.DataView(nodes, {filter: n => !hidden.has(n.group)});
  const options = {
    physics: {enabled: data.physics, stabilization: {iterations: 200},
              barnesHut: {springLength: 180, avoidOverlap: 0.3}},
    interaction: {hover: true, tooltipDelay: 150},
    edges: {smooth: false, scaling: {min: 1, max: 8, label: {enabled: false}}, color: {color: "#999", highlight: "#333"}},
    nodes: {borderWidth: 1},
    layout: {improvedLayout: data.nodes.length <= 150, randomSeed: 7},
  };
  const network = new vis.Network(document.getElementById("graph"), {nodes: nodeView, edges: edges}, options);
  window.network = network;
  window.kgHighlighted = [];
  const original = new Map(data.nodes.map(n => [n.id, n.color]));
  function highlight(id) {
    const keep = new Set(id === null ? [] : [id].concat(network.getConnectedNodes(id)));
    window.kgHighlighted = Array.from(keep);
    nodes.update(data.nodes.map(n => ({id: n.id, color: id === null || keep.has(n.id) ? original.get(n.id) : "#e6e6e6"})));
  }
  network.on("click", params => highlight(params.nodes.length ? params.nodes[0] : null));
  document.getElementById("search").addEventListener("input", event => {
    const text = event.target.value.trim().toLowerCase();
    if (!text) { network.unselectAll(); highlight(null); return; }
    const found = data.nodes.filter(n => n.label.toLowerCase().includes(text)).map(n => n.id);
    network.selectNodes(found);
    if (found.length) { network.focus(found[0], {scale: 1.2}); highlight(found[0]); }
  });
  for (const box of document.querySelectorAll("input.kg-class")) {
    box.addEventListener("change", () => {
      if (box.checked) hidden.delete(box.value); else hidden.add(box.value);
      nodeView.refresh();
    });
  }
  network.once("stabilizationIterationsDone", () => network.fit());
  network.once("afterDrawing", () => { window.kgReady = true; });
})();
