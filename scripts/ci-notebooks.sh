#!/usr/bin/env bash
# Executes every examples/notebooks/*.ipynb with Jupyter's nbconvert and Deno's kernel (the `deno` npm
# package), against the local build, so none of the notebooks rots. The executed copies land in
# out/notebooks/. Installs what it needs on a fresh Debian machine when run as root (idempotently:
# nothing is installed twice), and skips with a message, exit 0, where it cannot run: no nbconvert
# and no way to install it, or no Deno binary for this platform.
set -uo pipefail
cd "$(dirname "$0")/.."

skip() {
  echo "notebooks: SKIPPED: $*"
  exit 0
}

started=$(date +%s)

# 1. Jupyter's nbconvert from Debian's packages (the Deno kernel replaces ipykernel).
jupyter_bin=""
find_jupyter() {
  for candidate in /usr/bin/jupyter "$(command -v jupyter || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" nbconvert --version >/dev/null 2>&1; then
      jupyter_bin=$candidate
      return 0
    fi
  done
  return 1
}
if ! find_jupyter; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    skip "jupyter nbconvert is not installed and this is not a Debian machine run as root (apt-get install jupyter-nbconvert)"
  fi
  echo "notebooks: installing jupyter-nbconvert from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends jupyter-nbconvert >/dev/null; }; then
    skip "apt-get could not install jupyter-nbconvert"
  fi
  find_jupyter || skip "jupyter nbconvert still does not run after installing jupyter-nbconvert"
fi

# 2. Deno's binary, which the `deno` npm package ships (@deno/<platform>); nothing is downloaded.
deno_bin="$PWD/node_modules/.bin/deno"
if ! "$deno_bin" --version >/dev/null 2>&1; then
  skip "the deno npm package has no binary for this platform ($(uname -sm))"
fi

# 3. A kernel spec of our own, in a private JUPYTER_PATH, so the user's kernels are left alone.
jupyter_path=$(mktemp -d)
trap 'rm -rf "$jupyter_path"' EXIT
mkdir -p "$jupyter_path/kernels/deno"
cat >"$jupyter_path/kernels/deno/kernel.json" <<JSON
{
  "argv": ["$deno_bin", "jupyter", "--kernel", "--conn", "{connection_file}"],
  "display_name": "Deno",
  "language": "typescript"
}
JSON

# 4. The notebooks import the local build.
if ! npm run --silent build >/dev/null; then
  echo "notebooks: npm run build failed"
  exit 1
fi

# 5. Execute each notebook; a failing cell fails the step.
mkdir -p out/notebooks
failed=0
count=0
for notebook in examples/notebooks/*.ipynb; do
  count=$((count + 1))
  t0=$(date +%s)
  if JUPYTER_PATH="$jupyter_path" NO_COLOR=1 "$jupyter_bin" nbconvert --to notebook --execute \
    --ExecutePreprocessor.timeout=120 --ExecutePreprocessor.kernel_name=deno \
    --output-dir out/notebooks "$notebook" >out/notebooks/nbconvert.log 2>&1; then
    echo "ok   $notebook ($(($(date +%s) - t0)) s)"
  else
    failed=$((failed + 1))
    echo "FAIL $notebook"
    grep -v -i -e "debugger" -e "frozen modules" out/notebooks/nbconvert.log | tail -n 30
  fi
done
echo "notebooks: $((count - failed)) executed, $failed failed in $(($(date +%s) - started)) s (executed copies in out/notebooks/)"
[ "$failed" -eq 0 ]
