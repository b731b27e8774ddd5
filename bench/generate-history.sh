#!/usr/bin/env bash
# Writes a synthetic repository with COMMITS commits to DEST through git fast-import, in seconds rather than hours.
# Usage: generate-history.sh DEST [COMMITS] [PLANT_EVERY] [--shape linear|realistic|minified]   (defaults 20000, 5000, linear)
# linear:    100 folders x 20 files of ~1.3 KB; each commit rewrites one line of one file. The cheapest case for
#            `git log -p`: one tiny diff per commit, no branches.
# realistic: an application repository (realistic-history.pl): nested folders, source-like files of 50-800 lines
#            (some ~60 KB), 1-6 files and 1-3 hunks per commit, adds, deletes, renames, feature branches merged with
#            merge commits, some left unmerged, and release tags. Merged feature branch refs are deleted afterwards.
# minified:  build output committed with the code (minified-history.pl): one ~1 MB bundle on a single line, rebuilt
#            by every commit with a few tokens changed.
# Every PLANT_EVERY commits one commit also writes a fake OpenAI-shaped key, assembled at run time from parts so no
# key literal is ever stored in these scripts.
set -euo pipefail
usage="usage: generate-history.sh DEST [COMMITS] [PLANT_EVERY] [--shape linear|realistic|minified]"
shape=linear
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --shape) shape=${2:?$usage}; shift 2 ;;
    --shape=*) shape=${1#--shape=}; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
case $shape in linear|realistic|minified) ;; *) echo "unknown shape '$shape'; $usage" >&2; exit 2 ;; esac
dest=${args[0]:?$usage}
commits=${args[1]:-20000}
plant_every=${args[2]:-5000}

# fast-import grows and trims the heap tens of thousands of times (brk); padding the heap makes it 2-3x faster.
export GLIBC_TUNABLES=glibc.malloc.top_pad=67108864:glibc.malloc.trim_threshold=268435456

rm -rf "$dest"
git init -q -b main "$dest"
if [ "$shape" = realistic ]; then
  # fast-import deltas a blob only against the previous blob in the stream (another file here), so its packing is
  # thrown away: it stores blobs uncompressed and undeltified, and repack -F then compresses and deltifies every
  # object as a server would. Same objects and same final pack size, about twice as fast.
  perl "$(dirname "$0")/realistic-history.pl" "$commits" "$plant_every" "sk-" "T3Blbk" "FJ" |
    git -C "$dest" -c core.compression=0 fast-import --quiet --big-file-threshold=1k
  git -C "$dest" for-each-ref --merged=main --format='delete %(refname)' 'refs/heads/feature/' 'refs/heads/fix/' |
    git -C "$dest" update-ref --stdin
  git -C "$dest" repack -adFq
  echo "generated $commits commits ($shape) in $dest"
  exit 0
fi
if [ "$shape" = minified ]; then
  perl "$(dirname "$0")/minified-history.pl" "$commits" "$plant_every" "sk-" "T3Blbk" "FJ" |
    git -C "$dest" -c core.compression=0 fast-import --quiet
  git -C "$dest" repack -adFq
  echo "generated $commits commits ($shape) in $dest"
  exit 0
fi
awk -v commits="$commits" -v plant="$plant_every" -v p1="sk-" -v p2="T3Blbk" -v p3="FJ" '
function body(n, seed,    s, i, alphabet) {
  alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
  s = ""
  srand(seed)
  for (i = 0; i < n; i++) s = s substr(alphabet, int(rand() * 62) + 1, 1)
  return s
}
function emit(path, content) {
  printf "M 100644 inline %s\ndata %d\n%s\n", path, length(content), content
}
function file_text(f, rev,    t, l) {
  t = ""
  for (l = 0; l < 20; l++) {
    if (l == rev % 20) t = t sprintf("line %02d of file %d, revision %d, value %d\n", l, f, rev, (rev * 7919 + l) % 100003)
    else t = t sprintf("line %02d of file %d, revision 0, filler text to make the blob a realistic size........\n", l, f)
  }
  return t
}
BEGIN {
  when = 1600000000
  for (c = 1; c <= commits; c++) {
    f = (c * 37) % 2000
    printf "commit refs/heads/main\nmark :%d\n", c
    printf "author Bench Author <bench@example.test> %d +0000\n", when + c * 60
    printf "committer Bench Author <bench@example.test> %d +0000\n", when + c * 60
    msg = "commit " c
    printf "data %d\n%s\n", length(msg), msg
    if (c > 1) printf "from :%d\n", c - 1
    emit(sprintf("dir%03d/file%02d.txt", int(f / 20), f % 20), file_text(f, c))
    if (c % plant == 0) emit(sprintf("secrets/planted-%d.env", c), "OPENAI_API_KEY=" p1 body(20, c) p2 p3 body(20, c + 1) "\n")
    printf "\n"
  }
}' | git -C "$dest" fast-import --quiet
git -C "$dest" repack -adq
echo "generated $commits commits ($shape) in $dest"
