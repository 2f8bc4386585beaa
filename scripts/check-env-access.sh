#!/usr/bin/env bash
# Nothing but the config module reads process.env (STYLE.md rule 2).
hits=$(grep -rn "process\.env" src --include='*.ts' | grep -v '^src/config/config\.ts:' || true)
if [ -n "$hits" ]; then echo "process.env read outside src/config:"; echo "$hits"; exit 1; fi
echo "process.env: only src/config reads it"
