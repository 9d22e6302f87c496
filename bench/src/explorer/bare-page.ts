/**
 * The bare page: sigma 3 and graphology from their own prebuilt files, and this script. No app
 * code, nothing the app adds (reducers, shapes, label guard, layout): the graph downloaded as
 * JSON, built into a graphology graph, handed to sigma. The full frame is marked the way the
 * app marks its frames (graph-canvas.tsx): in the task after the first animation frame that
 * follows `new Sigma(…)`, whose constructor indexes the graph and draws.
 */
export const BARE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bare sigma</title>
<style>html, body { margin: 0; } #graph { width: 100vw; height: 100vh; background: #fff; }</style>
</head>
<body>
<div id="graph"></div>
<script src="/graphology.js"></script>
<script src="/sigma.js"></script>
<script src="/bare.js"></script>
</body>
</html>
`;

/** Served as /bare.js. The sector colours are the app's (apps/web/src/lib/sector-colors.ts). */
export const BARE_SCRIPT = `
window.addEventListener('error', (event) => { window.__bareError = String(event.message); });
const SECTOR_COLORS = { BUSINESS: '#1c7ed6', PUBLIC: '#e8590c', CIVIL: '#2f9e44' };
const container = document.getElementById('graph');
// The app's canvas size, so both draw the same number of pixels.
const size = new URLSearchParams(location.search);
if (size.has('width')) {
  container.style.width = size.get('width') + 'px';
  container.style.height = size.get('height') + 'px';
}
fetch('/graph.json')
  .then((response) => response.json())
  .then((g) => {
    const graph = new graphology.MultiUndirectedGraph();
    for (let i = 0; i < g.ids.length; i++) {
      graph.addNode(g.ids[i], { x: g.x[i], y: g.y[i], size: 3, color: SECTOR_COLORS[g.sectors[i]], label: g.labels[i] });
    }
    for (let i = 0; i < g.sources.length; i++) graph.addEdge(g.ids[g.sources[i]], g.ids[g.targets[i]]);
    // Edges as plain one-pixel GL lines.
    window.__renderer = new Sigma(graph, container, { defaultEdgeType: 'line', edgeProgramClasses: { line: Sigma.rendering.EdgeLineProgram } });
    requestAnimationFrame(() => setTimeout(() => performance.mark('bare:full-frame'), 0));
  })
  .catch((error) => { window.__bareError = String(error); });
`;
