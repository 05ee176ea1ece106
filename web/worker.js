// Runs the comparison off the main thread so the page never freezes.
// Protocol (all messages carry the run id the page chose):
//   page → worker  {type: 'compare', run, articles, options}
//                  {type: 'markdown', run, names}     Markdown of the last run
//   worker → page  {type: 'ready', version} | {type: 'progress', run, stage}
//                  {type: 'result', run, report, ms} | {type: 'markdown', run, text}
//                  {type: 'error', run, code, message}

let lib = null;
let libError = null;
let last = null; // {articles, options, report} of the latest successful run

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
  last = { articles, options, report };
  postMessage({ type: 'result', run, report, ms });
}

// Markdown comes from the core (the CLI's --md text), never re-implemented here.
// `names` carries outlet names the reader edited after the run.
function markdownOf(state, names) {
  const articles = state.articles.map((a) => (names && a.id in names ? { ...a, name: names[a.id] } : a));
  if (typeof lib.compareMarkdown === 'function') return lib.compareMarkdown(articles, state.options);
  if (typeof lib.toMarkdown === 'function') return lib.toMarkdown(state.report);
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
    else if (msg.type === 'markdown') {
      if (!last) throw Object.assign(new Error('run a comparison first'), { code: 'no_report' });
      postMessage({ type: 'markdown', run, text: markdownOf(last, msg.names) });
    }
  } catch (err) {
    postMessage({ type: 'error', run, code: errCode(err, 'failed'), message: errMessage(err) });
  }
};
