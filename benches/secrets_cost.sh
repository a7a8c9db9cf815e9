#!/bin/sh
# What the secret rules cost on real code and configuration, as a user runs caviard.
#
#   benches/secrets_cost.sh          # needs valgrind and python3 (Debian packages)
#
# The criterion bench `cargo bench --bench secrets` times a generated text in which a third of
# the lines hold `password`, `token` or `secret`: the worst case of the keyword prefilter. This
# script measures real files instead, taken from this machine in a fixed order:
#   code    Python's standard library (tests left out), then Rust sources of the crates in
#           the cargo registry (every 17th file, so that many crates are sampled);
#   config  the registry's YAML, TOML, JSON, INI, XML and .conf files and /etc's .conf files;
#   mixed   the project's generated business corpus (3 MB, seed 1), for comparison.
# For each it counts the instructions (callgrind) of the whole command
# `caviard redact --threads 1 < FILE`, with the default rules and with the default rules
# minus patterns/secrets.toml, and prints both and the speed ratio (without / with). The
# issue's target is 0.8 or more. Instructions, not seconds: this VM's clock drifts more than
# the difference being measured. The samples depend on what is installed, so give the file
# sizes with the figures.
set -eu

DIR=${DIR:-target/corpus}
BIN=target/release/caviard
command -v valgrind >/dev/null || { echo "secrets_cost.sh: valgrind is missing" >&2; exit 2; }
cargo build --release --quiet --bin caviard --example gen_corpus
mkdir -p "$DIR"

python3 - "$DIR" <<'EOF'
import glob, os, sys

out = sys.argv[1]

def gather(paths, budget, max_file=200_000):
    """Whole UTF-8 files in sorted order until the budget is reached."""
    parts, size = [], 0
    for path in sorted(set(paths)):
        try:
            data = open(path, "rb").read()
            data.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if len(data) > max_file:
            continue
        parts.append(data)
        size += len(data)
        if size >= budget:
            break
    return b"".join(parts)

pythons = sorted(glob.glob("/usr/lib/python3.*"))
python = [p for p in glob.glob(pythons[-1] + "/**/*.py", recursive=True) if "/test" not in p] if pythons else []
registry = os.path.expanduser("~/.cargo/registry/src/*/*/")
rust = sorted(glob.glob(registry + "src/**/*.rs", recursive=True))[::17]
config = []
for ext in ("yml", "yaml", "toml", "json", "ini", "cfg", "conf", "xml"):
    config += glob.glob(registry + "**/*." + ext, recursive=True)
config += glob.glob("/etc/**/*.conf", recursive=True)

code = gather(sorted(python)[::3], 1_500_000) + gather(rust, 1_500_000)
open(os.path.join(out, "secrets-code.txt"), "wb").write(code)
open(os.path.join(out, "secrets-config.txt"), "wb").write(gather(config, 3_000_000, 100_000))
EOF
MIXED="$DIR/mixed-3000000.txt"
[ -s "$MIXED" ] || target/release/examples/gen_corpus --bytes 3000000 --seed 1 --out "$MIXED" >/dev/null

# Instructions of one whole command.
instructions() {
    file=$1
    shift
    log=$(mktemp)
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" redact --threads 1 "$@" \
        < "$file" > /dev/null 2> "$log"
    grep -o 'Collected : [0-9]*' "$log" | awk '{print $3}'
    rm -f "$log"
}

printf '%-8s %10s %14s %14s %7s\n' sample bytes with-secrets without ratio
for sample in code config mixed; do
    case $sample in
        mixed) file=$MIXED ;;
        *) file="$DIR/secrets-$sample.txt" ;;
    esac
    with=$(instructions "$file")
    without=$(instructions "$file" --no-default-patterns \
        --patterns patterns/identifiers.toml --patterns patterns/personal.toml)
    awk -v s="$sample" -v b="$(wc -c < "$file")" -v w="$with" -v o="$without" \
        'BEGIN { printf "%-8s %10d %13.1fM %13.1fM %7.3f\n", s, b, w / 1e6, o / 1e6, o / w }'
done
