import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * The project's own islands are the scripts Astro emits from components: inline module scripts.
 * A classic inline <script> comes from somewhere else (raw HTML in content), so it is not hashed
 * into the policy: the browser will not run it, and the build refuses the page.
 */
function isOwnIsland(attributes: string): boolean {
  return /\btype="module"/.test(attributes);
}

/** sha256 hashes of the project's own inline scripts in a page, in CSP source form. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => isOwnIsland(m[1] ?? ""))
    .map(
      (m) =>
        `'sha256-${createHash("sha256")
          .update(m[2] ?? "")
          .digest("base64")}'`,
    );
}

/** Inline scripts that are not the project's islands: the start of each, for the build's message. */
export function foreignInlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => !isOwnIsland(m[1] ?? ""))
    .map((m) => `<script${m[1] ?? ""}>${(m[2] ?? "").trim().slice(0, 40)}`);
}

/**
 * The site's Content Security Policy: everything from our own origin only. Inline scripts are
 * allowed by hash; inline styles are needed by the server-rendered SVG charts; WebAssembly for the
 * search index.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scriptHashes)].sort().join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Puts the policy in the page as a meta tag, first thing in <head>. */
export function withCspMeta(html: string, csp: string): string {
  return html.replace(/<head>/, `<head><meta http-equiv="Content-Security-Policy" content="${csp}">`);
}

/** A Netlify/Cloudflare-style _headers file with the same policy and the usual security headers. */
export function headersFile(csp: string, { noindex }: { noindex: boolean }): string {
  const lines = [
    "/*",
    `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: no-referrer",
    "  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "  Cross-Origin-Opener-Policy: same-origin",
    ...(noindex ? ["  X-Robots-Tag: noindex, nofollow"] : []),
  ];
  return `${lines.join("\n")}\n`;
}

/** The same headers as nginx directives, for `include` in a server block (see README, Deploy). */
export function nginxHeaders(csp: string, { noindex }: { noindex: boolean }): string {
  const lines = [
    `add_header Content-Security-Policy "${csp}; frame-ancestors 'none'" always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "no-referrer" always;',
    'add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), interest-cohort=()" always;',
    'add_header Cross-Origin-Opener-Policy "same-origin" always;',
    ...(noindex ? ['add_header X-Robots-Tag "noindex, nofollow" always;'] : []),
  ];
  return `${lines.join("\n")}\n`;
}
