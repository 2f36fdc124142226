#!/usr/bin/env bash
# Smoke test of the built product, the way a user runs it: ./attune's CLI and its workbench
# window (under the X display this is given, Xvfb in ./build). Prints "smoke: N passed, M failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/target/smoke"
rm -rf "$OUT"; mkdir -p "$OUT"
passed=0; failed=0
pass() { passed=$((passed + 1)); echo "smoke ok:   $*"; }
fail() { failed=$((failed + 1)); echo "smoke FAIL: $*"; }

# A fresh home, so that the test sees what a new user sees.
export HOME="$OUT/home"; mkdir -p "$HOME"

out=$("$ROOT/attune" --version 2>"$OUT/version.err"); code=$?
if [ $code -eq 0 ] && [[ "$out" =~ ^Attune\ [0-9]+\.[0-9]+\.[0-9]+ ]]; then pass "--version prints '$out'"
else fail "--version: exit $code, out '$out', err $(cat "$OUT/version.err")"; fi

out=$("$ROOT/attune" help 2>&1); code=$?
if [ $code -eq 0 ] && grep -q "subcommands:" <<<"$out"; then pass "help lists the subcommands"
else fail "help: exit $code: $out"; fi

err=$("$ROOT/attune" no-such-command 2>&1 >/dev/null); code=$?
if [ $code -eq 2 ] && grep -q "unknown subcommand 'no-such-command'" <<<"$err"; then pass "a bad subcommand exits 2 with a usage message"
else fail "bad subcommand: exit $code: $err"; fi

# The workbench: a window titled "Attune" must appear (SWT on GTK adds a trailing space to
# every shell title, so "Attune " is what X reports), the log must stay clean, Ctrl+Q quits.
"$ROOT/attune" >"$OUT/workbench.out" 2>&1 &
pid=$!
wid=""
for _ in $(seq 1 120); do
  wid=$(xdotool search --onlyvisible --name '^Attune ?$' 2>/dev/null | head -n 1)
  [ -n "$wid" ] && break
  kill -0 $pid 2>/dev/null || break
  sleep 1
done
if [ -n "$wid" ]; then
  pass "the workbench opened a window titled 'Attune'"
  sleep 3
  import -window root "$OUT/workbench.png" && echo "smoke: screenshot in $OUT/workbench.png"
  log="$HOME/.attune/workspace/.metadata/.log"
  if [ -f "$log" ] && grep -qE 'Exception|!ENTRY .* 4 ' "$log"; then
    fail "the workbench log has errors:"; sed -n '1,60p' "$log"
  else pass "the workbench log has no errors"; fi
  if grep -qE 'Exception' "$OUT/workbench.out"; then
    fail "the workbench printed exceptions:"; sed -n '1,60p' "$OUT/workbench.out"
  else pass "the workbench printed no exceptions"; fi
  xdotool windowactivate --sync "$wid" >/dev/null 2>&1 || xdotool windowfocus --sync "$wid" >/dev/null 2>&1
  xdotool key --window "$wid" ctrl+q
  for _ in $(seq 1 30); do kill -0 $pid 2>/dev/null || break; sleep 1; done
  if kill -0 $pid 2>/dev/null; then
    fail "Ctrl+Q did not close the workbench"; kill $pid
  else
    wait $pid; code=$?
    if [ $code -eq 0 ]; then pass "Ctrl+Q closed the workbench (exit 0)"; else fail "workbench exit code $code"; fi
  fi
else
  fail "no window titled 'Attune' within 120 s"; cat "$OUT/workbench.out"
  kill $pid 2>/dev/null
fi

# The update site: both features and their category, with every bundle they need.
site="$ROOT/releng/org.attune.repository/target/repository"
content=$(unzip -p "$site/content.jar" content.xml 2>/dev/null)
missing=""
for iu in org.attune.core.feature.feature.group org.attune.ui.feature.feature.group; do
  grep -q "id='$iu'" <<<"$content" || missing="$missing $iu"
done
grep -q "org.eclipse.equinox.p2.type.category" <<<"$content" || missing="$missing category"
for bundle in "$site"/plugins/org.attune.cli_*.jar "$site"/plugins/org.attune.app_*.jar; do
  [ -f "$bundle" ] || missing="$missing $(basename "$bundle")"
done
if [ -z "$missing" ]; then pass "the update site has both features, their category and bundles"
else fail "the update site lacks:$missing"; fi

echo "smoke: $passed passed, $failed failed"
[ $failed -eq 0 ]
