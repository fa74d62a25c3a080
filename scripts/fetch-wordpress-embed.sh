#!/usr/bin/env bash
# Puts WordPress's own embed host script (wp-embed.js, GPL-2.0-or-later, unchanged) where the WordPress browser test reads it, from Debian's wordpress package: nothing GPL is committed, nothing is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
target=tests/fixtures/vendor/wordpress-embed.js.txt
[ -f "$target" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download wordpress >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get download wordpress >/dev/null; }
dpkg-deb --fsys-tarfile wordpress_*.deb | tar -xO ./usr/share/wordpress/wp-includes/js/wp-embed.js > embed.js
cd - >/dev/null
mv "$work/embed.js" "$target"
echo "WordPress's wp-embed.js (Debian's wordpress package) is at $target"
