#!/usr/bin/env bash
# Writes a synthetic repository with COMMITS commits to DEST through git fast-import, in seconds rather than hours.
# Layout: 100 folders x 20 files of ~1.3 KB; each commit rewrites one line of one file. Every PLANT_EVERY commits one
# commit also writes a fake OpenAI-shaped key, assembled here at run time so no key literal is ever stored in this script.
set -euo pipefail
dest=${1:?usage: generate-history.sh DEST [COMMITS] [PLANT_EVERY]}
commits=${2:-20000}
plant_every=${3:-5000}

rm -rf "$dest"
git init -q -b main "$dest"
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
echo "generated $commits commits in $dest"
