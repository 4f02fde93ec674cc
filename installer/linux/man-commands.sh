#!/usr/bin/env bash
# Writes a help2man include file with every huitou-cli command's own --help (and each `store` action's), read
# from the program itself, so the man page lists what the binary really accepts.
# Usage: man-commands.sh path/to/huitou-cli out.h2m
set -euo pipefail
cli=$1
out=$2
# Lines between "Commands:" (or "Actions:") and the next blank line: "  name  summary".
names() { awk -v h="$1" '$0 == h {on = 1; next} on && NF == 0 {exit} on {print $1}'; }
roff() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
{
  echo "[COMMANDS]"
  for command in $("$cli" --help | names "Commands:"); do
    echo ".SS \"huitou-cli $command\""
    echo ".nf"
    "$cli" "$command" --help | roff
    echo ".fi"
    if [ "$command" = "store" ]; then
      for action in $("$cli" store --help | names "Actions:"); do
        echo ".SS \"huitou-cli store $action\""
        echo ".nf"
        "$cli" store "$action" --help | roff
        echo ".fi"
      done
    fi
  done
} >"$out"
