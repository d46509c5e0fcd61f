#!/bin/sh
# Install Skolgrupp from this folder for the current user (or, as `sudo PREFIX=/usr/local
# ./install.sh` with the folder somewhere everyone can read, such as /opt, for everyone): the
# program, its menu entry, icons, AppStream metadata, and the file
# type that makes .skolgrupp files open with it. Run it again after moving the folder.
# ./install.sh --uninstall takes it all away again (workspaces are never touched).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app=se.skolgrupp.Skolgrupp
files="applications/$app.desktop metainfo/$app.metainfo.xml mime/packages/$app.xml"
for size in scalable 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
    ext=png
    [ "$size" = scalable ] && ext=svg
    files="$files icons/hicolor/$size/apps/$app.$ext"
done

if [ "${1:-}" = "--uninstall" ]; then
    # Only the link this folder made: a skolgrupp from elsewhere stays.
    [ "$(readlink "$prefix/bin/skolgrupp" 2>/dev/null)" = "$here/skolgrupp" ] \
        && rm -f "$prefix/bin/skolgrupp"
    for f in $files; do rm -f "$prefix/share/$f"; done
else
    case "$here" in
        *[\"\`\$\\\|\&%]*)
            echo "Skolgrupp: move this folder to a path without \" \` \$ \\ | & or % first." >&2
            exit 1
            ;;
    esac
    mkdir -p "$prefix/bin"
    ln -sf "$here/skolgrupp" "$prefix/bin/skolgrupp"
    for f in $files; do
        mkdir -p "$(dirname "$prefix/share/$f")"
        cp "$here/share/$f" "$prefix/share/$f"
    done
    # The menu entry starts the program where it is, also when bin is not on PATH.
    sed -i "s|^Exec=skolgrupp |Exec=\"$here/skolgrupp\" |" "$prefix/share/applications/$app.desktop"
fi
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null \
    && update-desktop-database "$prefix/share/applications" || true
# Only a cache that is there already: a new one would hide icons others add without one.
[ -f "$prefix/share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache \
    >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "Skolgrupp: done (${1:-install}, $prefix)."
