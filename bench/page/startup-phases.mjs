// Start-up one phase after the other, for bench/startup.mjs --phases (Node: imported by the child process; Chromium:
// bench/page/startup.html?phases): read or fetch the .wasm, compile it, read or fetch the model, import the
// Emscripten glue, instantiate, decode the model (new core.Model), make an Analyser of it, analyse one sentence,
// then analyse the same sentence again. The JS API does the first five in parallel; here each is timed alone.
//   phases({dir, read, faults, cpu}) -> {readWasmMs, compileMs, readModelMs, glueMs, instantiateMs, modelMs, analyserMs,
//                                   firstAnalysisMs, secondAnalysisMs}
// dir: the URL of build/web/ (ending in '/'); read(url): resolves to the file's bytes (a Uint8Array). faults (Node):
// () => the process's minor page faults so far; each phase then also gives the fresh memory it touched, in MB
// (readWasmMB, ...: 4 KiB a fault; on this machine a first touch costs far more than on a desktop, bench/README.md).
// cpu (Node): () => the main thread's CPU time so far, in ms; each phase then also gives it (readWasmCpuMs, ...): on a
// machine shared with other work, a phase's wall-clock is mostly waiting for a core.
export async function phases({dir, read, faults, cpu}) {
  const t = [performance.now()];
  const f = faults ? [faults()] : null;
  const c = cpu ? [cpu()] : null;
  const mark = () => {
    t.push(performance.now());
    if (f) f.push(faults());
    if (c) c.push(cpu());
  };
  const wasm = await read(new URL('article-analyser-core.wasm', dir)); mark();
  const module = await WebAssembly.compile(wasm); mark();
  const model = await read(new URL('entities.bin', dir)); mark();
  const factory = (await import(new URL('article-analyser-core.mjs', dir).href)).default; mark();
  const core = await factory({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module));
      return {};
    },
  }); mark();
  const decoded = new core.Model(model); mark();
  if (decoded.error()) throw new Error(decoded.error());
  const analyser = new core.Analyser(decoded); mark();
  const utf8 = new TextEncoder().encode('Mayor Grace Okonkwo said it was “a start”.');
  const options = {input: 'auto', offsets: 'utf16', texts: 'all'};
  analyser.analyse(utf8, options); mark();
  analyser.analyse(utf8, options); mark();
  analyser.delete();
  decoded.delete();
  const names = ['readWasmMs', 'compileMs', 'readModelMs', 'glueMs', 'instantiateMs', 'modelMs', 'analyserMs',
                 'firstAnalysisMs', 'secondAnalysisMs'];
  const ms = names.map((n, i) => [n, t[i + 1] - t[i]]);
  const mb = f ? names.map((n, i) => [n.replace(/Ms$/, 'MB'), (f[i + 1] - f[i]) * 4096 / 1e6]) : [];
  const cms = c ? names.map((n, i) => [n.replace(/Ms$/, 'CpuMs'), c[i + 1] - c[i]]) : [];
  return Object.fromEntries([...ms, ...mb, ...cms]);
}
