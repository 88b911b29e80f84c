#!/usr/bin/env bash
# Generates the SDKs in clients/ from openapi/postbay.json with pinned generators:
#   TypeScript  @hey-api/openapi-ts (clients/tools/package-lock.json)  -> clients/typescript/src
#   Python      openapi-python-client (clients/tools/requirements.txt) -> clients/python/postbay_client
#   Rust        cargo-progenitor $PROGENITOR_VERSION, from an OpenAPI 3.0.3 form of the same
#               document (clients/tools/to30.py)                       -> clients/rust/src/lib.rs
#
#   clients/generate.sh           regenerate in place
#   clients/generate.sh --check   regenerate into a scratch copy; fail if the committed SDKs differ
#
# Generators are installed once per machine under $POSTBAY_TOOLS (default /var/tmp/postbay-tools).
set -euo pipefail

PROGENITOR_VERSION=0.15.1
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
tools=${POSTBAY_TOOLS:-/var/tmp/postbay-tools}
doc=$root/openapi/postbay.json
mkdir -p "$tools"

stamp_matches() { [ -f "$1" ] && cmp -s "$1" "$2"; }

ensure_python_generator() {
    local venv=$tools/pygen-venv
    if ! stamp_matches "$venv/.requirements" "$here/tools/requirements.txt"; then
        rm -rf "$venv"
        python3 -m venv "$venv"
        "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/tools/requirements.txt"
        cp "$here/tools/requirements.txt" "$venv/.requirements"
    fi
}

ensure_typescript_generator() {
    local dir=$tools/tsgen
    if ! stamp_matches "$dir/package-lock.json" "$here/tools/package-lock.json"; then
        rm -rf "$dir"
        mkdir -p "$dir"
        cp "$here/tools/package.json" "$here/tools/package-lock.json" "$dir/"
        (cd "$dir" && npm ci --silent --no-audit --no-fund)
    fi
}

ensure_rust_generator() {
    if ! "$tools/bin/cargo-progenitor" --version 2>/dev/null | grep -q "$PROGENITOR_VERSION"; then
        CARGO_TARGET_DIR=$tools/target cargo install --quiet --locked --root "$tools" \
            cargo-progenitor --version "$PROGENITOR_VERSION"
    fi
}

# generate OUT: writes the generated parts of the three SDKs under OUT (a clients/ tree).
generate() {
    local out=$1 scratch
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' RETURN

    # TypeScript
    # (the config sits beside the generator's node_modules so that its import resolves)
    rm -rf "$out/typescript/src"
    cp "$here/tools/openapi-ts.config.mjs" "$tools/tsgen/"
    (cd "$tools/tsgen" && POSTBAY_OPENAPI=$doc POSTBAY_TS_OUT=$out/typescript/src \
        npx --no-install openapi-ts -f openapi-ts.config.mjs --no-log-file >/dev/null)

    # Python: the generator writes a whole project; the package and its pyproject are kept.
    (cd "$scratch" && PATH=$tools/pygen-venv/bin:$PATH openapi-python-client generate --path "$doc" \
        --config "$here/tools/python-config.yaml" --meta uv --output-path "$scratch/python" --overwrite >/dev/null)
    rm -rf "$out/python/postbay_client"
    cp -r "$scratch/python/postbay_client" "$out/python/postbay_client"
    cp "$scratch/python/pyproject.toml" "$out/python/pyproject.toml"

    # Rust: progenitor reads OpenAPI 3.0, made from the same document.
    python3 "$here/tools/to30.py" "$doc" "$scratch/postbay.30.json" --progenitor 2>/dev/null
    "$tools/bin/cargo-progenitor" progenitor -i "$scratch/postbay.30.json" -o "$scratch/rust" \
        -n postbay-client -v 0.1.0 --license-name Apache-2.0 --interface builder >/dev/null
    mkdir -p "$out/rust/src"
    cp "$scratch/rust/src/lib.rs" "$out/rust/src/lib.rs"
    # The generated manifest, plus what the crate's own test needs; not part of Postbay's workspace.
    {
        cat "$scratch/rust/Cargo.toml"
        cat "$here/tools/rust-manifest-extra.toml"
    } > "$out/rust/Cargo.toml"
}

ensure_python_generator
ensure_typescript_generator
ensure_rust_generator

if [ "${1:-}" = "--check" ]; then
    copy=$(mktemp -d)
    trap 'rm -rf "$copy"' EXIT
    cp -r "$here/." "$copy/"
    generate "$copy"
    status=0
    for part in typescript/src python/postbay_client python/pyproject.toml rust/src/lib.rs rust/Cargo.toml; do
        if ! diff -r -q "$here/$part" "$copy/$part" >/dev/null; then
            echo "clients/$part is stale: run clients/generate.sh" >&2
            diff -r "$here/$part" "$copy/$part" | head -20 >&2 || true
            status=1
        fi
    done
    exit $status
fi
generate "$here"
echo "SDKs regenerated from openapi/postbay.json"
