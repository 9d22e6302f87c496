import { startEarlyGraph } from './features/graph-explorer/early-graph';
import { storedLanguage } from './i18n/stored-language';

// The page's language at once, for assistive technology. Read before any request goes out:
// the browser's first read of local storage waits on the browser process, which is then still
// idle (read while the graph streamed in, it took 0.2 s at 20,000 people).
document.documentElement.lang = storedLanguage();

// The explorer's graph is the largest answer the app waits for: it is asked for before the
// app's code has loaded, and the explorer takes it from there (early-graph.ts).
startEarlyGraph(window.location.pathname);
void import('./boot');
