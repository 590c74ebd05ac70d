#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests a built .deb: unpacked into a fresh root (dpkg -x, no installation),
# its files are validated and its programs run from there.
# Usage: packaging/test-package.sh PACKAGE.deb
set -euo pipefail
deb=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "test-package: $*" >&2; exit 1; }
# grep reading all of its input: "grep -q" stops at the first match, and under
# pipefail the writer's SIGPIPE would fail the pipeline.
has() { grep -- "$1" >/dev/null; }

dpkg-deb --info "$deb" | has 'Depends:.*libqt6sql6-sqlite' || fail "Depends lacks libqt6sql6-sqlite"
dpkg -x "$deb" "$root"
for f in usr/bin/scorecard-studio usr/bin/scorecard-cli \
         usr/share/applications/scorecard-studio.desktop \
         usr/share/mime/packages/scorecard-studio.xml \
         usr/share/metainfo/io.github.scorecardstudio.ScorecardStudio.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/scorecard-studio.svg \
         usr/share/icons/hicolor/16x16/apps/scorecard-studio.png \
         usr/share/icons/hicolor/512x512/apps/scorecard-studio.png \
         usr/share/man/man1/scorecard-cli.1.gz usr/share/man/man1/scorecard-studio.1.gz \
         usr/share/doc/scorecard-studio/copyright \
         usr/share/scorecard-studio/sample.scorecard.json; do
    [ -e "$root/$f" ] || fail "missing $f"
done
desktop-file-validate "$root/usr/share/applications/scorecard-studio.desktop"
appstreamcli validate --no-net --pedantic \
    "$root/usr/share/metainfo/io.github.scorecardstudio.ScorecardStudio.metainfo.xml" >/dev/null \
    || fail "metainfo does not validate"
zcat "$root/usr/share/man/man1/scorecard-cli.1.gz" | has 'EXIT STATUS' || fail "man page unreadable"

# The installed programs work from the unpacked files.
cli="$root/usr/bin/scorecard-cli"
"$cli" --version | has '^scorecard-cli ' || fail "--version"
"$cli" import-json "$root/usr/share/scorecard-studio/sample.scorecard.json" "$root/sample.scorecard"
"$cli" report "$root/sample.scorecard" --as-of 2026-11-30 --format json | has '"as_of": "2026-11-30"' \
    || fail "report from the installed files"
if "$cli" help | has export-map; then
    QT_QPA_PLATFORM=offscreen "$cli" export-map "$root/sample.scorecard" "$root/map.png" --as-of 2026-11-30
    [ -s "$root/map.png" ] || fail "headless export from the installed files"
fi
QT_QPA_PLATFORM=offscreen "$root/usr/bin/scorecard-studio" --version | has 'scorecard-studio' || fail "GUI --version"

if command -v lintian >/dev/null; then
    # Errors fail the test; warnings are listed in packaging/README.md.
    lintian --fail-on error --suppress-tags-from-file "$(dirname "$0")/lintian-overrides.txt" "$deb"
fi
echo "test-package: $deb is fine"
