#!/usr/bin/env bash
# Measures live indexing: starts the server on a temporary archive, drops one issue file at a time into the archive
# folder and polls /api/search until the new week is searchable. Prints the milliseconds from the drop to the first
# answer that finds it. Usage: tools/measure-live-indexing.sh [port]   (needs target/nachlese.jar and curl)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18089}"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/archive"
demo=src/main/resources/demo-archive
for kw in 02 03 04 05; do cp "$demo/wochenwerk-2025-kw$kw."* "$work/archive/"; done

bin/nachlese --nachlese.archive-dir="$work/archive" --nachlese.index-dir="$work/index" --server.port="$port" \
  > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$port/api/search?size=1" > /dev/null 2>&1 && break
  sleep 0.2
done
echo "server up: $(grep -o 'Indexed [0-9]* issues.*' "$work/server.log" | head -1)"

now_ms() { date +%s%3N; }
for kw in 10 11 12 13 14 15 16 17; do
  file="$(ls $demo/wochenwerk-2025-kw$kw.*)"
  cp "$file" "$work/.drop"
  start=$(now_ms)
  mv "$work/.drop" "$work/archive/$(basename "$file")"   # atomic: the watcher never sees half a file
  while ! curl -sf "http://localhost:$port/api/search?week=2025-W$kw&size=1" | grep -q '"total":[1-9]'; do
    sleep 0.05
  done
  echo "KW$kw: searchable $(( $(now_ms) - start )) ms after the drop"
done
grep "Live indexing" "$work/server.log" | sed 's/^.*Live indexing/Live indexing/'
