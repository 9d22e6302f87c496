import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Env } from '../env';

/**
 * The browser's share of the defence, on every response (the web app, GraphQL, health
 * checks): a Content-Security-Policy that runs only our own scripts, no framing, no MIME
 * sniffing, no Referer leaving the site, and HSTS once the site is served over HTTPS.
 */
export function securityHeaders(env: Pick<Env, 'cookieSecure'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Vite emits index.html with one external module script and no inline script.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Mantine writes its theme as <style> elements at run time and components set style
        // attributes; a nonce would need a per-request index.html. Inline style cannot run code.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The graph explorer's ForceAtlas2 layout runs in a worker that graphology builds from
        // a Blob URL (graphology-layout-forceatlas2/worker).
        workerSrc: ["'self'", 'blob:'],
        // The explorer's PNG export draws the canvas into data: and blob: images; images cannot run code.
        imgSrc: ["'self'", 'data:', 'blob:'],
        // Fonts and fetches fall back to default-src: the app loads nothing from elsewhere.
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Over plain HTTP (a laptop, the tests) upgrading would break every asset request.
        ...(env.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // For browsers older than frame-ancestors.
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS over plain HTTP would be ignored at best and lock a mis-set test host out at worst:
    // only where cookies are Secure, i.e. the site is served over HTTPS (COOKIE_SECURE).
    strictTransportSecurity: env.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
