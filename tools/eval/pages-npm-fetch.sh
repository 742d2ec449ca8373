#!/usr/bin/env bash
# Fetches the third real-page set (annotations/pages-mercury): the fixture pages that the npm package
# @postlight/mercury-parser shipped in version 1.1.1 (MIT / Apache-2.0; later versions no longer ship them), into
# build/pages-npm/mercury-parser-1.1.1/package/fixtures. It is not a devDependency of tools/eval because it cannot be
# installed here: its dependencies name git repositories and a package that downloads a browser binary. `npm pack`
# fetches the package's own tarball alone, at the exact version; its SHA-1 is checked against the registry's.
# The pages are never committed; make test does not need them.
set -euo pipefail
cd "$(dirname "$0")/../.."
dest=build/pages-npm/mercury-parser-1.1.1
want=5e35545fc60287659031de429b5cd1933906bad6   # dist.shasum of @postlight/mercury-parser@1.1.1
if [ -d "$dest/package/fixtures" ]; then exit 0; fi
mkdir -p "$dest"
tgz=$(cd "$dest" && npm pack @postlight/mercury-parser@1.1.1 --silent | tail -1)
got=$(sha1sum "$dest/$tgz" | cut -d' ' -f1)
if [ "$got" != "$want" ]; then
  echo "pages-npm-fetch: $tgz has SHA-1 $got, expected $want" >&2
  rm -f "$dest/$tgz"
  exit 1
fi
tar xzf "$dest/$tgz" -C "$dest" package/fixtures package/LICENSE-MIT package/LICENSE-APACHE package/package.json
rm -f "$dest/$tgz"
