#!/usr/bin/env bash
# Runs the command-line tool over an archive with GNU parallel (Debian: apt-get install parallel): JSON Lines in,
# JSON Lines out, on every core of this machine or, with --sshlogin, of several. Resumable: run it again with the
# same OUT after an interruption and it analyses only the records that are not in OUT yet. docs/archives.md.
#
#   scripts/archive-parallel.sh IN.jsonl OUT.jsonl [options for parallel...]
#     IN     one {"id": string or integer, "text": "..."} a line (a file: parallel splits it in place)
#     OUT    appended: one {"id": ..., "analysis": {...}} (or {"id": ..., "error": "..."}) a line, in no order
#     e.g.   --jobs 4                                   four processes (default: one per core)
#            --sshlogin 8/host1,8/host2,: --workdir ...  also on two other hosts, where the tool is on PATH
#   AA_CLI   the tool (default: article-analyser on PATH, else bin/ of the release tarball or build/native/)
#   AA_ARGS  more options for the tool (e.g. "--input html --offsets byte")
# Exit status: parallel's (the number of jobs with a record that failed, each named on stderr), 255 on error.
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,14p' "$0" >&2
  exit 255
fi
in=$1
out=$2
shift 2
here=$(dirname "$0")
cli=${AA_CLI:-$(command -v article-analyser || { [ -x "$here/../bin/article-analyser" ] && echo "$here/../bin/article-analyser"; } ||
  echo "$here/../build/native/article-analyser")}
command -v parallel >/dev/null || { echo "archive-parallel: GNU parallel is not installed (apt-get install parallel)" >&2; exit 255; }
[ -f "$in" ] || { echo "archive-parallel: $in: no such file" >&2; exit 255; }

# A run killed while writing leaves a torn last line in OUT: cut it off (its record is analysed again).
touch "$out"
if [ -s "$out" ] && [ "$(tail -c1 "$out" | wc -l)" -eq 0 ]; then
  truncate -s $(($(wc -c <"$out") - $(tail -n1 "$out" | wc -c))) "$out"
fi

# The ids already done, in a small file that parallel copies to other hosts (--basefile) with the jobs.
done_ids=$(mktemp "${TMPDIR:-/tmp}/archive-done.XXXXXX.jsonl")
trap 'rm -f "$done_ids"' EXIT
"$cli" --list-done "$out" >"$done_ids"
echo "archive-parallel: $(wc -l <"$done_ids") records already in $out" >&2

# With other hosts, parallel copies the list of done ids to each before the jobs start.
remote=()
for a in "$@"; do
  case "$a" in -S | --sshlogin* | --slf) remote=(--basefile "$done_ids") ;; esac
done

# --pipe-part cuts IN into blocks at line ends without reading it through parallel (fast); --block -4 makes
# four blocks per job slot, so that slots finishing early take more. Each job's lines are written to OUT as a
# whole when it ends (--group, the default), so lines of different jobs never mix.
# shellcheck disable=SC2086  # AA_ARGS is split on purpose
parallel --pipe-part -a "$in" --block -4 "${remote[@]}" "$@" \
  "$cli" --input-format jsonl --skip-done "$done_ids" ${AA_ARGS:-} >>"$out"
