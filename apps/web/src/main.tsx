import { startEarlyGraph } from './features/graph-explorer/early-graph';

// The explorer's graph is the largest answer the app waits for: it is asked for before the
// app's code has loaded, and the explorer takes it from there (early-graph.ts).
startEarlyGraph(window.location.pathname);
void import('./boot');
