#!/bin/bash
# The Linux launcher of @NAME@ (template: installer/linux/launcher.sh), put in bin/ in place of jpackage's.
# It starts the bundled runtime exactly as jpackage's launcher does: the main class, class path and JVM
# options of lib/app/@NAME@.cfg, with $APPDIR filled in. Why not jpackage's: at every start, that launcher
# asks the package manager who owns it (`rpm -qf`, then `dpkg -S`, twice over): ~350 ms on the build machine,
# more with a desktop's full dpkg database, a third of a `flows` run (installer/README.md, "Linux launcher").
set -e
self=$(readlink -f "$0")
root=${self%/bin/*}
app="$root/lib/app"
cfg="$app/@NAME@.cfg"
[ -r "$cfg" ] || { echo "@NAME@: cannot read $cfg; reinstall the program" >&2; exit 1; }

options=()
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        java-options=*) options+=("${line#java-options=}") ;;
        app.classpath=*) classpath+="${classpath:+:}${line#app.classpath=}" ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
    esac
done <"$cfg"

# The command-line commands (Cli.COMMANDS; LauncherScriptTest keeps the two lists equal) run with the C1
# compiler only: they last seconds, and C2's compilations took a core from the work. Measured on two cores:
# `flows` on the campus 904 -> 688 ms, `export` of the zoned campus 3.3 -> 2.7 s, of the zoned 4x campus
# 14.7 -> 13.9 s. The window keeps both compilers: over a session of edits, C2's code pays for itself.
jit=()
case ${1-} in
    flows | check | export | fmt | rules | diff | import | probe | listen | help | --help | -h | --version | -V)
        jit=(-XX:TieredStopAtLevel=1) ;;
esac

exec "$root/lib/runtime/bin/java" "${options[@]//\$APPDIR/$app}" "${jit[@]}" "-Djpackage.app-path=$self" \
    -classpath "${classpath//\$APPDIR/$app}" "$main" "$@"
