#!/usr/bin/env bash
# The main job: build the extension, start the bundled provider emulator, create an
# invoice with each provider and print it. Installs only what building needs
# (scripts/deps.sh build); the tests' tools come with scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
php -n -d "extension=$(pwd)/modules/cryptoinvoice.so" examples/demo.php
