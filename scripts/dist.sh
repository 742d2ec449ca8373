#!/usr/bin/env bash
# make dist: the release files, in dist/ (or $DIST):
#   article-analyser-VERSION.tgz                       the npm package (npm pack of a staged directory)
#   article-analyser-cli-VERSION-linux-ARCH.tar.gz     the native command-line tool
#   SHA256SUMS
# VERSION is the CMake project version (CMakeLists.txt), the one the core reports; the tool and the module are
# checked to say the same. Builds what is missing first (the wasm site and the native CLI only).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
JOBS=${JOBS:-$(nproc)}
DIST=${DIST:-dist}

version=$(sed -nE 's/^project\(article_analyser VERSION ([0-9]+\.[0-9]+\.[0-9]+).*/\1/p' CMakeLists.txt)
[ -n "$version" ] || { echo "dist: no project version in CMakeLists.txt" >&2; exit 1; }
grep -q "^## \[$version\]" CHANGELOG.md || { echo "dist: CHANGELOG.md has no section for $version" >&2; exit 1; }

echo "dist: building $version (wasm site, native CLI)"
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j"$JOBS" >/dev/null
cmake --preset native >/dev/null
cmake --build --preset native -j"$JOBS" --target article-analyser >/dev/null

cli=build/native/article-analyser
[ "$("$cli" --version)" = "article-analyser $version" ] || { echo "dist: $cli says $("$cli" --version), not $version" >&2; exit 1; }
core_version=$(node -e "import('./build/web/article-analyser.mjs').then(async (m) => {
  const a = await m.createAnalyser(); console.log(a.version); a.dispose(); })")
[ "$core_version" = "$version" ] || { echo "dist: the WebAssembly core says $core_version, not $version" >&2; exit 1; }

mkdir -p "$DIST"
DIST=$(cd "$DIST" && pwd)
rm -f "$DIST/article-analyser-$version.tgz" "$DIST/article-analyser-cli-$version"-*.tar.gz "$DIST/SHA256SUMS"

# ---- the npm package ---------------------------------------------------------------------------------------------
stage=build/dist/package
node scripts/dist-package.mjs --web build/web --out "$stage" --version "$version"
(cd "$stage" && npm pack --silent --pack-destination "$DIST" >/dev/null)
echo "dist: $DIST/article-analyser-$version.tgz ($(du -k "$DIST/article-analyser-$version.tgz" | cut -f1) KiB)"

# ---- the CLI -----------------------------------------------------------------------------------------------------
arch=$(uname -m)
name=article-analyser-cli-$version-linux-$arch
cdir=build/dist/$name
rm -rf "$cdir"
mkdir -p "$cdir/bin" "$cdir/models" "$cdir/scripts" "$cdir/docs"
cp "$cli" "$cdir/bin/article-analyser"
strip "$cdir/bin/article-analyser"
cp LICENSE NOTICE "$cdir/"
cp models/NOTICE "$cdir/models/NOTICE"
cp docs/archives.md "$cdir/docs/"
cp scripts/archive-parallel.sh "$cdir/scripts/"
glibc=$(objdump -T "$cdir/bin/article-analyser" | grep -oE 'GLIBC_[0-9.]+' | sort -uV | tail -1)
glibcxx=$(objdump -T "$cdir/bin/article-analyser" | grep -oE 'GLIBCXX_[0-9.]+' | sort -uV | tail -1)
{
  echo "# article-analyser $version: the command-line tool (Linux $arch)"
  echo
  echo "Named entities, quotations and their speakers, and the structure of news articles, as JSON."
  echo "Needs glibc with ${glibc:-?} and libstdc++ with ${glibcxx:-?} (Debian 12, Ubuntu 22.04 or newer)."
  echo "The entity model is compiled into the binary (licence: models/NOTICE); the code is MIT (LICENSE)."
  echo "Running it over an archive with GNU parallel, Spark or Dask: docs/archives.md, scripts/archive-parallel.sh."
  echo
  echo '```'
  "$cli" --help
  echo '```'
} >"$cdir/README.md"
tar -C build/dist --owner=0 --group=0 --numeric-owner --sort=name -czf "$DIST/$name.tar.gz" "$name"
echo "dist: $DIST/$name.tar.gz ($(du -k "$DIST/$name.tar.gz" | cut -f1) KiB)"

(cd "$DIST" && sha256sum "article-analyser-$version.tgz" "$name.tar.gz" >SHA256SUMS)
echo "dist: $DIST/SHA256SUMS"
