#!/usr/bin/env bash
# check-command-line-docs.sh LECTERN MANPAGE COMPLETION: the manual page and the bash completion name every command
# 'LECTERN --help' lists, and for each command every option, --format value and status 'LECTERN COMMAND --help'
# prints, and the completion offers the tags and list names of a library; the completion is run as bash runs it, so
# what is checked is what a user is offered.
set -uo pipefail
lectern=$1 manpage=$2 completion=$3
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: cannot load $completion" >&2; exit 1; }

# What the completion offers for a command line whose last word is being completed, one word a line, sorted.
offered() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _lectern
    ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}" | sort -u
}

# A command's entry in the manual page as plain text: from its ".B name" item to the next item or section.
man_entry() {
    NAME="${1//-/\\-}" awk '
        on && /^\.(TP|SH)/ { exit }
        on { print }
        item && (index($0, ".B " ENVIRON["NAME"] " ") == 1 || $0 == ".B " ENVIRON["NAME"]) { on = 1; print }
        { item = ($0 == ".TP") }' "$manpage" |
        sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/^\.[A-Z]* //' -e 's/"//g'
}

# True when a word stands as a word (not inside another, as "read" in "to-read") in the text.
has_word() {
    grep -qE "(^|[^[:alnum:]-])$2([^[:alnum:]-]|\$)" <<<"$1"
}

commands=$("$lectern" --help | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p')
[ -n "$commands" ] || fail "'lectern --help' lists no commands"

# The first word: every command, and files for the window to import.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
touch "$scratch/papers.bib"
first_words=$(cd "$scratch" && offered lectern "")
for command in $commands; do
    grep -qx -- "$command" <<<"$first_words" || fail "completion: 'lectern <Tab>' does not offer $command"
done
grep -qx papers.bib <<<"$first_words" || fail "completion: 'lectern <Tab>' does not offer the files to open"

# The manual page's commands are the real ones.
man_commands=$(sed -n '/^\.SH COMMANDS/,/^\.SH /{/^\.TP/{n;s/^\.B \([a-z\\-]*\).*/\1/p}}' "$manpage" | sed 's/\\-/-/g')
for command in $man_commands; do
    grep -qx -- "$command" <<<"$commands" || fail "man page: describes '$command', which 'lectern --help' does not list"
done

for command in $commands; do
    entry=$(man_entry "$command")
    [ -n "$entry" ] || fail "man page: no entry for the command $command"
    help=$("$lectern" "$command" --help) || { fail "'lectern $command --help' failed"; continue; }

    # Options: the lines of the help's option list, "  -o, --output <FILE>  Write to ...".
    options=$(sed -n 's/^  \(-[^ ].*\)$/\1/p' <<<"$help" | sed -e 's/  .*//' -e 's/ <[^>]*>//g' -e 's/, /\n/g')
    [ -n "$options" ] || fail "'lectern $command --help' lists no options"
    long_offered=$(offered lectern "$command" --)
    short_offered=$(offered lectern "$command" -)
    for option in $options; do
        case $option in -h | -\? | --help | --help-all | --library) continue ;; esac # every command's (Qt adds --help-all)
        has_word "$entry" "$option" || fail "man page: the entry for $command does not name $option"
        grep -qx -- "$option" <<<"$long_offered$short_offered" || fail "completion: 'lectern $command -<Tab>' does not offer $option"
    done
    for option in --library --help; do
        grep -qx -- "$option" <<<"$long_offered" || fail "completion: 'lectern $command --<Tab>' does not offer $option"
    done

    # --format values, from "Output format: text|json|tsv." (the help wraps a long list anywhere, even before a |).
    formats=$(tr -s ' \n' ' ' <<<"$help" | sed 's/ *| */|/g' | grep -oE '[Ff]ormat: [a-z|-]+' | head -n1 |
        sed 's/.*: //' | tr '|' ' ')
    if [ -n "$formats" ]; then
        expected=$(printf '%s\n' $formats | sort -u)
        actual=$(offered lectern "$command" --format "")
        [ "$expected" = "$actual" ] || fail "completion: 'lectern $command --format <Tab>' offers '$(echo $actual)', not '$formats'"
        for format in $formats; do
            has_word "$entry" "$format" || fail "man page: the entry for $command does not name the format $format"
        done
    fi
done

# The statuses, from "Set the reading status of papers: inbox, to-read, reading, read or skipped."
statuses=$("$lectern" status --help | tr -s ' \n' ' ' | sed -n 's/.*status of papers: \([^.]*\)\..*/\1/p' |
    sed -e 's/ or /, /' -e 's/,//g')
[ -n "$statuses" ] || fail "'lectern status --help' names no statuses"
expected=$(printf '%s\n' $statuses | sort -u)
actual=$(offered lectern status 12 "")
[ "$expected" = "$actual" ] || fail "completion: 'lectern status 12 <Tab>' offers '$(echo $actual)', not '$statuses'"
for status in $statuses; do
    has_word "$(man_entry status)" "$status" || fail "man page: the entry for status does not name $status"
done

# The library's tags and list names, read with the real lectern from the library the line names; a library that
# does not exist is not created by completing a word.
mkdir -p "$scratch/bin"
ln -s "$(realpath "$lectern")" "$scratch/bin/lectern"
PATH=$scratch/bin:$PATH
library=$scratch/library.sqlite
printf '@article{a,\n  title = {Tagged},\n  year = {2024},\n  keywords = {ml/vision, nlp}\n}\n' >"$scratch/a.bib"
if lectern import --library "$library" "$scratch/a.bib" >/dev/null && lectern list-add --library "$library" "Reading group" 1 >/dev/null; then
    [ "$(offered lectern tag --library "$library" 1 +ml)" = "$(printf '+ml\n+ml/vision')" ] ||
        fail "completion: 'lectern tag 1 +ml<Tab>' offers '$(echo $(offered lectern tag --library "$library" 1 +ml))', not the tags +ml +ml/vision"
    [ "$(offered lectern tag --library "$library" 1 -n)" = "-nlp" ] || fail "completion: 'lectern tag 1 -n<Tab>' does not offer -nlp"
    [ "$(offered lectern list-add --library "$library" R)" = 'Reading\ group' ] ||
        fail "completion: 'lectern list-add R<Tab>' does not offer the reading list 'Reading group'"
    [ "$(offered lectern export --library "$library" --list "")" = 'Reading\ group' ] ||
        fail "completion: 'lectern export --list <Tab>' does not offer the reading list 'Reading group'"
else
    fail "cannot make a library with a tag and a list to complete from"
fi
[ -z "$(offered lectern tag --library "$scratch/none.sqlite" 1 +)" ] && ! [ -e "$scratch/none.sqlite" ] ||
    fail "completion: completing a tag made or read a library that did not exist"

# The environment variable and the exit statuses the commands document.
grep -q '^\.B LECTERN_LIBRARY' "$manpage" || fail "man page: no ENVIRONMENT entry for LECTERN_LIBRARY"
for status in 0 1 2; do
    sed -n '/^\.SH EXIT STATUS/,/^\.SH /p' "$manpage" | grep -qx "\.B $status" || fail "man page: exit status $status is not described"
done

if ((failures)); then
    echo "$failures problems: the manual page (resources/man/lectern.1.in) or the completion (resources/completion/lectern) is behind the command line" >&2
    exit 1
fi
echo "$(wc -w <<<"$commands") commands, their options, formats and statuses: all in the manual page and the completion"
