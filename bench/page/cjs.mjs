// A minimal CommonJS loader for the benchmark page, so that wink-nlp and its model (published as CommonJS
// only) run in the browser straight from node_modules, unbundled and unchanged: fetch a module and everything
// it require()s (relative paths and .json files), then evaluate each once, as Node would.
// The page is served by bench/serve-bench.mjs without a CSP, since `new Function` is how the sources run.

const REQUIRE = /\brequire\(\s*["']([^"']+)["']\s*\)/g;

/** Loads `url` and its dependencies; returns its module.exports. */
export async function requireUrl(url) {
  const sources = new Map();  // absolute URL -> source text
  const fetchAll = async (u) => {
    if (sources.has(u)) return;
    sources.set(u, null);
    const res = await fetch(u);
    if (!res.ok) throw new Error(`cjs: ${u}: HTTP ${res.status}`);
    const text = await res.text();
    sources.set(u, text);
    if (u.endsWith('.json')) return;
    const deps = [];
    for (const m of text.matchAll(REQUIRE)) {
      if (m[1].startsWith('.')) deps.push(new URL(m[1], u).href);  // bare names appear in comments only
    }
    await Promise.all(deps.map(fetchAll));
  };
  await fetchAll(new URL(url, location.href).href);
  const cache = new Map();
  const load = (u) => {
    if (cache.has(u)) return cache.get(u).exports;
    const src = sources.get(u);
    if (src == null) throw new Error(`cjs: ${u} was not preloaded`);
    const module = {exports: {}};
    cache.set(u, module);
    if (u.endsWith('.json')) {
      module.exports = JSON.parse(src);
    } else {
      const fn = new Function('module', 'exports', 'require', `${src}\n//# sourceURL=${u}`);
      fn(module, module.exports, (spec) => {
        if (!spec.startsWith('.')) throw new Error(`cjs: cannot require '${spec}' from ${u}`);
        return load(new URL(spec, u).href);
      });
    }
    return module.exports;
  };
  return load(new URL(url, location.href).href);
}
