#!/usr/bin/env bash
# bench/statistical-ner/first-contact.sh <commit> <set dir>
# Scores the statistical NER beside the rules as they were at <commit>: the recogniser a held-out set was first scored
# with, so the comparison is the one a new set would see (today's rules were tuned on every set here). The old tree is
# exported to a temporary folder, given this branch's bench files and scoreCards' recognition parameter, built, and run
# on the set; the result goes to bench/results/ner-statistical-first-contact-<set>.json. Needs the built tool
# (mvn -B -q -f tools/statistical-ner/pom.xml package) and node_modules.
set -euo pipefail
commit=$1
set_dir=$(realpath "$2")
name=$(basename "$set_dir" | sed 's/^ner-heldout-//')
here=$(pwd)
out="$here/bench/results/ner-statistical-first-contact-$name.json"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

git archive "$commit" | tar -x -C "$tmp"
ln -s "$here/node_modules" "$tmp/node_modules"
mkdir -p "$tmp/tools" && ln -s "$here/tools/statistical-ner" "$tmp/tools/statistical-ner"
cp -r bench/ner-statistical.ts bench/statistical-ner "$tmp/bench/"
# The old scoreCards always scored recognisedIds: give it the parameter this branch added, as written there.
perl -0pi -e 's/export function recognisedIds\(text: string\): (\{[^\n]*\}) \{/export type RecognisedIds = $1;\n\nexport function recognisedIds(text: string): RecognisedIds {/;
  s/export function scoreCards\(cards: readonly LabelledCard\[\]\): Score \{/export function scoreCards(cards: readonly LabelledCard[], recognise: (card: LabelledCard) => RecognisedIds = (card) => recognisedIds(card.text)): Score {/;
  s/const found = recognisedIds\(card\.text\);/const found = recognise(card);/' "$tmp/src/ingest/assemble/recognition-score.ts"
cat >> "$tmp/src/ingest/assemble/index.ts" <<'TS'
export { precision, recall, recognisedIds, SCORED_TYPES } from './recognition-score';
export type { Counts, LabelledCard, RecognisedIds, Score, ScoredType } from './recognition-score';
TS
(cd "$tmp" && npx tsc -p . && node dist/bench/ner-statistical.js "$set_dir" --out "$tmp/result.json")
jq --arg commit "$commit" --arg set "$(basename "$set_dir")" \
  '{command: ("bench/statistical-ner/first-contact.sh " + $commit + " tests/fixtures/" + $set), recogniserCommit: $commit} + del(.command)' \
  "$tmp/result.json" >"$out"
echo "wrote ${out#"$here"/}"
