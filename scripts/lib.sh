# Shared helpers for scripts/serve, scripts/test and scripts/setup. Source it; do not run it.
# Every `ensure_*` is idempotent: it checks first and installs only what is missing.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
# wasm-bindgen-test-runner: use Debian's chromedriver, always in a browser (not Node).
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_USE_BROWSER=1
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/webdriver.json"

# Trunk.toml's `[build] offline` covers tools and cargo, but not Trunk's own update check against
# crates.io: only the command-line/env switch turns that off. No build step touches the network.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true

TRUNK_WANT="0.21"

say() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen version pinned in Cargo.lock: the CLI must be exactly this one.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# Another `cargo install` of the same crate (e.g. started by hand) may be running; wait for it
# instead of compiling twice. The pattern is anchored so shells that merely mention it do not match.
wait_for_cargo_install() {
  local crate="$1"
  while pgrep -f "^([^ ]*/)?cargo install .*${crate}( |$)" >/dev/null; do
    echo "waiting for a running 'cargo install ${crate}' to finish..."
    sleep 15
  done
}

ensure_rust_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  local have
  have="$(rustup component list --installed)"
  for c in clippy rustfmt; do
    if ! grep -q "^$c" <<<"$have"; then
      say "rustup component add $c"
      rustup component add "$c"
    fi
  done
}

ensure_trunk() {
  wait_for_cargo_install trunk
  if trunk --version 2>/dev/null | grep -q "^trunk ${TRUNK_WANT//./\\.}\."; then return; fi
  say "cargo install trunk ~${TRUNK_WANT} (about 15 minutes on 2 cores)"
  cargo install --locked trunk --version "~${TRUNK_WANT}"
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if [ -z "$want" ]; then echo "no wasm-bindgen in Cargo.lock" >&2; exit 1; fi
  wait_for_cargo_install wasm-bindgen-cli
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ] &&
     command -v wasm-bindgen-test-runner >/dev/null; then return; fi
  say "cargo install wasm-bindgen-cli $want (about 5 minutes)"
  # Not --locked: the CLI's own lockfile does not build with current toolchains.
  cargo install wasm-bindgen-cli --version "$want"
}

# npm packages from package-lock.json (binaryen's wasm-opt, playwright-core). Skipped when the
# lockfile has not changed since the last install.
ensure_npm() {
  local stamp="node_modules/.ketluan-lock.sha256" sum
  sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ] && [ -x node_modules/.bin/wasm-opt ]; then return; fi
  say "npm ci"
  # Optional native packages (pdfjs-dist's canvas, for rendering in Node) are not needed: the tests
  # only take text out of PDFs.
  npm ci --no-audit --no-fund --omit=optional
  echo "$sum" >"$stamp"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  say "apt-get install chromium chromium-driver"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
}

# The Vietnamese OCR model (Apache-2.0) the app serves under lazy/ocr/ (index.html copies it):
# Debian's tesseract-ocr-vie ships it.
OCR_MODEL=/usr/share/tesseract-ocr/5/tessdata/vie.traineddata
ensure_ocr_model() {
  if [ -f "$OCR_MODEL" ]; then return; fi
  say "apt-get install tesseract-ocr-vie (the Vietnamese OCR model)"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tesseract-ocr-vie
}

# Crates for every target, so the offline Trunk build (cargo --offline) finds them.
ensure_crates() {
  cargo fetch --locked >/dev/null 2>&1 || cargo fetch
}

# The fuzzing tools (scripts/fuzz): a nightly toolchain and cargo-fuzz, only when missing.
ensure_fuzz_tools() {
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "rustup toolchain install nightly"
    rustup toolchain install nightly --profile minimal
  fi
  if ! command -v cargo-fuzz >/dev/null 2>&1; then
    say "cargo install cargo-fuzz"
    cargo install cargo-fuzz --locked --version 0.13.2
  fi
}

ensure_build_tools() {
  ensure_rust_target
  ensure_npm
  ensure_trunk
  ensure_wasm_bindgen
  ensure_crates
  ensure_ocr_model
}

build_release() {
  say "trunk build --release"
  trunk build --release
}
