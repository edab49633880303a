#!/usr/bin/env bash
# Re-extract the domain's sentences into the template and merge them into each catalogue.
# Run from the project's root after changing a sentence in pos_returns/domain/wording.py;
# then translate the new entries and run resources/compile.sh.
set -euo pipefail
pybabel extract -F resources/babel.cfg --no-default-keywords \
  -k _ -k "_n:1,2" -k "_p:1c,2" -k "_label:1c,2" -k gettext -k "ngettext:1,2" -k say -k "said:2" \
  --no-location --sort-output --project pos-returns --copyright-holder pos-returns \
  -o resources/locale/pos_returns.pot .
for lang in fr nl lv; do
  po=resources/locale/$lang/LC_MESSAGES/pos_returns.po
  if [ -f "$po" ]; then
    pybabel update --no-fuzzy-matching -D pos_returns -l "$lang" -d resources/locale \
      -i resources/locale/pos_returns.pot
  else
    pybabel init -D pos_returns -l "$lang" -d resources/locale -i resources/locale/pos_returns.pot
  fi
done
