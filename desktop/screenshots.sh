#!/usr/bin/env bash
# Takes the README's screenshots of the desktop console (docs/screenshots/*.png) in a virtual
# X display (Xvfb, 1440x900), against a throw-away sandbox seeded with simulated calls.
# Usage: desktop/screenshots.sh [PAGE...]
#   (pages: calls executions executions-graph executions-timeline replay replay-play replay-flow-file tables settings deploy)
# replay-play opens Replay's "Play a call" tab and plays the vanity flow once the sandbox is up;
# replay-flow-file plays a real flow from a file instead (Amazon Connect's sample inbound flow, from
# ../shared/connect-flows or $SWITCHBOARD_SHARED/connect-flows), its folder serving its transfers.
# executions* start 8 async-demo executions through the async wrapper (one fails, one keeps running)
# and select the first once it has succeeded (its Graph tab); executions-graph and executions-timeline
# select the one that failed and show its Graph and Timeline tabs.
# Needs Xvfb and ImageMagick's `import` (Debian/Ubuntu: apt-get install xvfb imagemagick libgtk-3-0).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
for tool in Xvfb import; do
  command -v "$tool" >/dev/null || { echo "screenshots.sh needs $tool: apt-get install xvfb imagemagick libgtk-3-0" >&2; exit 1; }
done

# shoot OUT.png SECONDS COMMAND...: runs COMMAND on a fresh virtual display, saves the screen after SECONDS.
shoot() {
  local out=$1 wait=$2 display=":$((100 + RANDOM % 100))"
  shift 2
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  DISPLAY="$display" setsid "$@" >/dev/null 2>&1 &
  local app=$!
  sleep "$wait"
  local rc=0
  DISPLAY="$display" import -window root "$out" || rc=$?
  kill -TERM -- "-$app" 2>/dev/null || true
  sleep 2
  kill -KILL -- "-$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  [ "$rc" = 0 ] && [ -s "$out" ] && echo "saved $out" || { echo "no screenshot of $out" >&2; return 1; }
}
./mvnw -B -q -pl desktop -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="desktop/target/classes:$(cat desktop/target/cp.txt)"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
mkdir -p docs/screenshots
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(calls executions executions-graph executions-timeline replay replay-play replay-flow-file tables settings deploy)
shared="${SWITCHBOARD_SHARED:-$here/../shared}"
for page in "${pages[@]}"; do
  extra=()
  wait="${SCREENSHOT_WAIT:-12}"
  case "$page" in
    replay-play) extra=(-Dswitchboard.replayDemo=vanity) ;;
    # the sandbox, then a 2-minute call (greeting, menu, the transfers it makes) played 10x faster
    replay-flow-file)
      flow="$shared/connect-flows/connect-sample__sample_inbound_flow_first_contact_experience.json"
      [ -f "$flow" ] || { echo "replay-flow-file needs $flow (set SWITCHBOARD_SHARED)" >&2; exit 1; }
      extra=(-Dswitchboard.replayDemo="$(cd "$(dirname "$flow")" && pwd)/$(basename "$flow")"); wait="${SCREENSHOT_WAIT:-90}" ;;
    # the sandbox, then 8 starts, then the first finished and listed: ~25 s on 2 busy cores
    executions) extra=(-Dswitchboard.demoExecutions=8); wait="${SCREENSHOT_WAIT:-40}" ;;
    tables) extra=(-Dswitchboard.tablesDemo=15); wait="${SCREENSHOT_WAIT:-35}" ;;
    executions-graph) extra=(-Dswitchboard.demoExecutions=8 -Dswitchboard.executionsTab=graph -Dswitchboard.demoSelect=failed -Dswitchboard.demoState=InvokeWrappedFunction); wait="${SCREENSHOT_WAIT:-40}" ;;
    executions-timeline) extra=(-Dswitchboard.demoExecutions=8 -Dswitchboard.executionsTab=timeline -Dswitchboard.demoSelect=failed); wait="${SCREENSHOT_WAIT:-40}" ;;
  esac
  shoot "docs/screenshots/$page.png" "$wait" \
    java -Dswitchboard.data="$data" -Dswitchboard.page="${page%%-*}" -Dswitchboard.demoCalls=40 "${extra[@]}" \
      -cp "$cp" io.switchboard.desktop.Main
done
