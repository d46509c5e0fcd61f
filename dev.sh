#!/usr/bin/env bash
# Set up a development machine and run Skolgrupp or its tests.
#   ./dev.sh run    set everything up and open the app on a demo workspace
#   ./dev.sh test   set everything up and run the whole test suite (what CI runs)
#   ./dev.sh bench  set everything up and run the benchmarks
#   ./dev.sh faults [crash|power|hostile] [--count N]  run the fault harnesses in full
#   ./dev.sh package  build the installable program for this platform (packaging/build.py)
#   ./dev.sh translations  collect the program's messages into resources/translations/
#   ./dev.sh forms  compile the Qt Designer forms in ui/
#   ./dev.sh names  write the names the privacy check knows (packaging/make_names.py)
set -euo pipefail
cd "$(dirname "$0")"

# Libraries Qt needs even offscreen, a font with Swedish letters, and what a real window needs.
QT_PACKAGES="libgl1 libegl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-dejavu-core"
# The smoke test builds the program with PyInstaller (binutils) and checks its desktop files;
# the program takes along the window libraries (WINDOW_PACKAGES) its X11 plugin needs.
PACKAGING_PACKAGES="binutils desktop-file-utils appstream"
# The fault harnesses kill commands at chosen writes and record what they write.
FAULT_PACKAGES="strace"
WINDOW_PACKAGES="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1"

system_packages() {
    command -v dpkg-query >/dev/null || return 0
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

python_env() {
    local python="${PYTHON:-python3}"
    [ -x .venv/bin/python ] || "$python" -m venv .venv
    local stamp=.venv/.installed
    local want
    want=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e ".[test]"
        echo "$want" > "$stamp"
    fi
}

case "${1:-}" in
    run)
        # shellcheck disable=SC2086
        system_packages $QT_PACKAGES $WINDOW_PACKAGES
        python_env
        mkdir -p build
        [ -f build/demo.skolgrupp ] || .venv/bin/skolgrupp demo build/demo.skolgrupp
        exec .venv/bin/skolgrupp build/demo.skolgrupp
        ;;
    test)
        # shellcheck disable=SC2086
        system_packages $QT_PACKAGES $PACKAGING_PACKAGES $WINDOW_PACKAGES $FAULT_PACKAGES
        python_env
        .venv/bin/ruff check .
        .venv/bin/ruff format --check .
        .venv/bin/mypy
        export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
        exec .venv/bin/python -m pytest -q -p no:cacheprovider
        ;;
    translations)
        # Collect the messages of the code and the forms into the Swedish Qt Linguist source
        # (fill in the Swedish with .venv/bin/pyside6-linguist), then compile it for Qt.
        python_env
        .venv/bin/pyside6-lupdate $(find skolgrupp -name "*.py" -not -path "*/forms/*" | sort) \
            ui/*.ui -locations none -no-obsolete -source-language en -target-language sv \
            -ts resources/translations/skolgrupp_sv.ts
        exec .venv/bin/pyside6-lrelease -silent resources/translations/skolgrupp_sv.ts
        ;;
    forms)
        # Compile the Qt Designer forms in ui/ into skolgrupp/gui/forms/ (committed; a test
        # fails when one is out of date with its .ui file).
        python_env
        for ui in ui/*.ui; do
            name=$(basename "$ui" .ui)
            .venv/bin/pyside6-uic "$ui" -o "skolgrupp/gui/forms/ui_$name.py"
        done
        ;;
    names)
        # From Faker's Swedish name statistics and the Debian word lists; the result is
        # committed, so neither is needed to run or test the program.
        system_packages wswedish wamerican
        python_env
        .venv/bin/python -m pip install -q -e ".[names]"
        exec .venv/bin/python packaging/make_names.py "${@:2}"
        ;;
    bench)
        python_env
        exec .venv/bin/python bench/benchmark.py "${@:2}"
        ;;
    faults)
        # shellcheck disable=SC2086
        system_packages $QT_PACKAGES $FAULT_PACKAGES
        python_env
        export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
        exec .venv/bin/python -m tests.faults "${@:2}"
        ;;
    package)
        # shellcheck disable=SC2086
        system_packages $QT_PACKAGES $PACKAGING_PACKAGES $WINDOW_PACKAGES
        python_env
        .venv/bin/python -m pip install -q -e ".[package]"
        exec .venv/bin/python packaging/build.py "${@:2}"
        ;;
    *)
        echo "usage: ./dev.sh run | test | bench | faults | package | translations | forms | names" >&2
        exit 2
        ;;
esac
