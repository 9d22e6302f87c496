import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

type OutputChunk = Rollup.OutputChunk;

/**
 * The entry (src/main.tsx) is small and loads the app (src/boot.tsx) with a dynamic import, so
 * it can ask for the explorer's graph first. Without help the browser would learn of the app's
 * files only once the entry has run; preloading them from the page lets them arrive before the
 * graph's answer keeps the server busy (`pnpm bench`, explorer).
 */
export function preloadApp(entry = 'src/boot.tsx'): Plugin {
  return {
    name: 'brobygger:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter(
          (file): file is OutputChunk => file.type === 'chunk',
        );
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(entry));
        if (!app) throw new Error(`preload-app: no chunk for ${entry}`);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (chunk: OutputChunk) => {
          // The entry itself is already on the page.
          if (chunk.isEntry || scripts.has(chunk.fileName)) return;
          scripts.add(chunk.fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const name of chunk.imports) {
            const imported = bundle[name];
            if (imported?.type === 'chunk') visit(imported);
          }
        };
        visit(app);
        const link = (rel: string, href: string): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `/${href}` },
          injectTo: 'head',
        });
        return [
          ...[...scripts].map((file) => link('modulepreload', file)),
          ...[...styles].map((file) => link('stylesheet', file)),
        ];
      },
    },
  };
}
