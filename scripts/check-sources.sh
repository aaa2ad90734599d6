#!/usr/bin/env bash
# config.m4 and config.w32 must build the same sources, and every C file under ext/ must be in them.
set -euo pipefail
cd "$(dirname "$0")/.."
m4=$(grep -oP 'CRYPTOINVOICE_SOURCES="\$CRYPTOINVOICE_SOURCES \K[^"]+' config.m4 | sort)
w32=$(php -r '
	$s = file_get_contents("config.w32");
	preg_match_all("#ADD_SOURCES\(configure_module_dirname \+ \"/([^\"]+)\", \"([^\"]+)\"#", $s, $a, PREG_SET_ORDER);
	foreach ($a as $m) foreach (explode(" ", $m[2]) as $f) echo "$m[1]/$f\n";' | sort)
tree=$(git ls-files 'ext/*.c' 'ext/**/*.c' 2>/dev/null | sort -u)
status=0
if [ "$m4" != "$w32" ]; then
	echo "config.m4 and config.w32 list different sources:"; diff <(echo "$m4") <(echo "$w32") || true; status=1
fi
if [ "$m4" != "$tree" ]; then
	echo "config.m4 does not list exactly the C files under ext/:"; diff <(echo "$m4") <(echo "$tree") || true; status=1
fi
[ $status -eq 0 ] && echo "sources: config.m4 and config.w32 agree ($(echo "$m4" | wc -l) files)"
exit $status
