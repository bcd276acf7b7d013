#!/usr/bin/env bash
# Lighthouse (mobile) scores of the five most used pages, as recorded in docs/BENCHMARKS.md.
#
#   scripts/lighthouse.sh [BASE_URL]        (default http://127.0.0.1:18015)
#
# Needs a running portal with the demo data (e.g. PORT=18015 PORTAL_DATA_DIR=/tmp/lh-data
# java -jar target/utility-portal.jar), Node.js, and Chromium (CHROME_PATH, default
# /usr/bin/chromium). Lighthouse is installed into a temporary folder if LIGHTHOUSE is not set
# (npm i -E lighthouse@12.2.3; 13.x needs Node 22). Reports go to target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE="${1:-http://127.0.0.1:18015}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
OUT=target/lighthouse
mkdir -p "$OUT"

if [ -z "${LIGHTHOUSE:-}" ]; then
	tool_dir="$(mktemp -d)"
	trap 'rm -rf "$tool_dir"' EXIT
	(cd "$tool_dir" && npm i -E --silent lighthouse@12.2.3 >/dev/null)
	LIGHTHOUSE="$tool_dir/node_modules/.bin/lighthouse"
fi

# A customer's session, signed in through the real form (CSRF token from the sign-in page).
jar="$OUT/cookies.txt"
rm -f "$jar"
token="$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=customer1&password=Portal%232026&_csrf=$token" "$BASE/login"
session="$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")"
bill="$(curl -s -b "$jar" "$BASE/my/bills" | grep -o '/my/bills/[0-9A-Z]*"' | head -1 | tr -d '"')"
headers="{\"Cookie\": \"JSESSIONID=$session\"}"

pages=("/" "/login" "/public/prices" "/my" "$bill")
printf '| page | performance | accessibility | total blocking time | largest contentful paint |\n|---|---|---|---|---|\n'
for page in "${pages[@]}"; do
	name="$(echo "$page" | tr '/' '_')"
	extra=()
	case "$page" in /my*) extra=(--extra-headers "$headers") ;; esac
	"$LIGHTHOUSE" "$BASE$page" --quiet --form-factor=mobile --only-categories=performance,accessibility \
		--chrome-flags="--headless --no-sandbox --disable-gpu" --output=json --output-path="$OUT/lh$name.json" \
		"${extra[@]}" >/dev/null 2>&1
	node -e '
		const r = require(process.argv[1]);
		const score = (c) => Math.round(r.categories[c].score * 100);
		const tbt = r.audits["total-blocking-time"].numericValue;
		const lcp = r.audits["largest-contentful-paint"].numericValue;
		console.log(`| ${process.argv[2]} | ${score("performance")} | ${score("accessibility")} | ${Math.round(tbt)} ms | ${(lcp / 1000).toFixed(1)} s |`);
	' "$PWD/$OUT/lh$name.json" "$page"
done
