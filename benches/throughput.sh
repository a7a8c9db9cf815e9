#!/bin/sh
# Throughput of the release binary on the project's generated corpus, as a user runs it.
#
#   benches/throughput.sh            # 50 MB corpora (SIZE=bytes, RUNS=hyperfine runs)
#
# Prints, for a mixed business corpus (every kind planted) and for plain prose: MB/s of
# `caviard redact` single-threaded with the default detectors and a 100,000-name client list,
# the ratio to `cat FILE > /dev/null` (the I/O floor), peak RSS (/usr/bin/time -v), the
# speed-up on 2 threads, and the median time of one 4 KB prompt (process start included).
# Needs hyperfine and GNU time (Debian packages hyperfine and time).
set -eu

SIZE=${SIZE:-52428800}
RUNS=${RUNS:-5}
DIR=${DIR:-target/corpus}
BIN=target/release/caviard

for tool in hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "throughput.sh: $tool is missing" >&2; exit 2; }
done
cargo build --release --quiet --bin caviard --example gen_corpus
mkdir -p "$DIR"
MIXED="$DIR/mixed-$SIZE.txt"
PROSE="$DIR/prose-$SIZE.txt"
CLIENTS="$DIR/clients-100k.txt"
[ -s "$MIXED" ] || target/release/examples/gen_corpus --bytes "$SIZE" --seed 1 --out "$MIXED" \
    --clients 100000 --clients-out "$CLIENTS" >/dev/null
[ -s "$CLIENTS" ] || target/release/examples/gen_corpus --bytes 1000 --seed 1 --out "$DIR/tiny.txt" \
    --clients 100000 --clients-out "$CLIENTS" >/dev/null
[ -s "$PROSE" ] || target/release/examples/gen_corpus --bytes "$SIZE" --seed 1 --out "$PROSE" \
    --prose >/dev/null
PROMPT="$DIR/prompt-4KB.txt"
head -c 4096 "$MIXED" > "$PROMPT"

# Median seconds of a command, from hyperfine's JSON export.
median() {
    json=$(mktemp)
    hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$json" "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$json"
    rm -f "$json"
}

mbps() { python3 -c "import sys; print(f'{int(sys.argv[1]) / float(sys.argv[2]) / 1e6:.1f}')" "$1" "$2"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }

echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "corpus: $SIZE bytes; client list: $(wc -l < "$CLIENTS") names"
printf '%-8s %10s %10s %12s %10s %12s\n' input "MB/s (1t)" "MB/s (2t)" "speed-up 2t" "x cat" "peak RSS MB"
for input in "$MIXED" "$PROSE"; do
    bytes=$(wc -c < "$input")
    # hyperfine -N runs without a shell: redirect through sh -c.
    cat_s=$(median "sh -c 'cat $input > /dev/null'")
    one_s=$(median "sh -c '$BIN redact --threads 1 --clients $CLIENTS < $input > /dev/null'")
    two_s=$(median "sh -c '$BIN redact --threads 2 --clients $CLIENTS < $input > /dev/null'")
    rss_kb=$(/usr/bin/time -v "$BIN" redact --threads 1 --clients "$CLIENTS" < "$input" 2>&1 >/dev/null \
        | awk -F': ' '/Maximum resident set size/ {print $2}')
    printf '%-8s %10s %10s %12s %10s %12s\n' "$(basename "$input" | cut -d- -f1)" \
        "$(mbps "$bytes" "$one_s")" "$(mbps "$bytes" "$two_s")" "$(ratio "$one_s" "$two_s")" \
        "$(ratio "$one_s" "$cat_s")" "$((rss_kb / 1024))"
done
prompt_s=$(median "sh -c '$BIN redact < $PROMPT > /dev/null'")
prompt_nc=$(median "sh -c '$BIN redact --clients $CLIENTS < $PROMPT > /dev/null'")
echo "4 KB prompt: $(python3 -c "print(f'{$prompt_s*1000:.1f}')") ms median; with the 100k client list: $(python3 -c "print(f'{$prompt_nc*1000:.1f}')") ms"
