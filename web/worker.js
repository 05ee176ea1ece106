// Runs the comparison off the main thread so the page never freezes.
// Protocol (all messages carry the run id the page chose):
//   page → worker  {type: 'compare', run, articles, options}
//                  {type: 'markdown', run, articles, options}
//   worker → page  {type: 'ready', version} | {type: 'progress', run, stage}
//                  {type: 'result', run, report, ms} | {type: 'markdown', run, text}
//                  {type: 'error', run, code, message, fatal}

let lib = null;
let libError = null;

const ready = (async () => {
  try {
    // Dynamic import so a missing or broken package becomes a message, not a dead worker.
    lib = await import('./lib/index.js');
    await lib.init();
    const version = typeof lib.version === 'function' ? lib.version() : String(lib.version ?? '');
    postMessage({ type: 'ready', version });
  } catch (err) {
    libError = err;
    postMessage({ type: 'error', run: 0, code: errCode(err, 'init_failed'), message: 'The comparison engine could not start: ' + errMessage(err) });
  }
})();

function errCode(err, fallback) {
  return (err && typeof err.code === 'string' && err.code) || fallback;
}

function errMessage(err) {
  return (err && err.message) ? String(err.message) : String(err);
}

// The package may return the report as an object or as JSON text.
function asReport(value) {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

function runCompare(run, articles, options) {
  postMessage({ type: 'progress', run, stage: `Comparing ${articles.length} article${articles.length === 1 ? '' : 's'}…` });
  const started = performance.now();
  const report = asReport(lib.compare(articles, options));
  const ms = performance.now() - started;
  postMessage({ type: 'result', run, report, ms });
}

// Markdown comes from the core (the CLI's --md text), never re-implemented here.
// The page sends the run's articles again (with names the reader edited since),
// so this works after a worker restart too.
function markdownOf(articles, options) {
  if (typeof lib.compareMarkdown === 'function') return lib.compareMarkdown(articles, options);
  throw Object.assign(new Error('this build of the package cannot produce Markdown'), { code: 'unsupported' });
}

onmessage = async (event) => {
  const msg = event.data || {};
  const run = msg.run || 0;
  await ready;
  if (!lib || libError) {
    postMessage({ type: 'error', run, code: errCode(libError, 'init_failed'), message: 'The comparison engine is not available: ' + errMessage(libError) });
    return;
  }
  try {
    if (msg.type === 'compare') runCompare(run, msg.articles, msg.options || {});
    else if (msg.type === 'markdown') postMessage({ type: 'markdown', run, text: markdownOf(msg.articles, msg.options || {}) });
  } catch (err) {
    // Anything but the core's own error (e.g. a WASM trap or out of memory) may
    // leave the instance broken: the page then starts a fresh worker.
    const fatal = !(lib.CorroborateError && err instanceof lib.CorroborateError);
    postMessage({ type: 'error', run, code: errCode(err, 'failed'), message: errMessage(err), fatal });
  }
};
