// Starts the app. Trunk's own loader is an inline script, which our Content-Security-Policy
// forbids; Trunk.toml's pattern_script puts this tag in its place with the hashed file names.
const tag = document.querySelector('script[data-js][data-wasm]');

// Trunk preloads the .wasm with an integrity hash; fetch it the same way so the preload is used.
function integrityOf(href) {
  const link = document.querySelector(`link[rel="preload"][href="${CSS.escape(href)}"]`);
  return link ? link.integrity : '';
}

function showFailure(err) {
  console.error(err);
  const p = document.createElement('p');
  p.id = 'boot-error';
  p.setAttribute('role', 'alert');
  p.textContent = 'Không tải được ứng dụng. Hãy tải lại trang. (The app failed to load; please reload.)';
  document.body.prepend(p);
}

try {
  const { js, wasm } = tag.dataset;
  const { default: init } = await import(js);
  const options = { credentials: 'same-origin' };
  const integrity = integrityOf(wasm);
  if (integrity) options.integrity = integrity;
  const exports = await init({ module_or_path: fetch(wasm, options) });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: exports } }));
} catch (err) {
  showFailure(err);
}
