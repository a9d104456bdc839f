#!/usr/bin/env bash
# What a text check can see of the workflows' trust rules (actionlint checks the rest of their form):
# actions pinned to commits, no credentials left in a checkout, tokens only in the steps that use them, the PR
# comment's number never taken from the artifact, nothing published from a cancelled run, no failure swallowed.
set -euo pipefail
cd "$(dirname "$0")/.."
problems=0
fail() { echo "workflows: $*"; problems=1; }
workflows=(.github/workflows/*.yml)

while IFS= read -r line; do
  [[ "$line" =~ uses:\ +[^@]+@[0-9a-f]{40}\ +#\ v[0-9] ]] || fail "an action not pinned to a commit (with its version in a comment): $line"
done < <(grep -h -E '^\s*(- )?uses:' "${workflows[@]}")

for workflow in "${workflows[@]}"; do
  checkouts=$(grep -c 'uses: actions/checkout@' "$workflow" || true)
  without=$(grep -A4 'uses: actions/checkout@' "$workflow" | grep -c 'persist-credentials: false' || true)
  [[ $checkouts -eq $without ]] || fail "$workflow: $checkouts checkouts, $without with persist-credentials: false"
  # A token in an env: block at job level (4 spaces deep) would reach every step, the suite's included.
  grep -nE '^ {4,6}(GH_TOKEN|GITHUB_TOKEN):' "$workflow" && fail "$workflow: a token set for a whole job"
  grep -nE 'always\(\)' "$workflow" && fail "$workflow: always() publishes from cancelled runs; use !cancelled()"
  grep -nE '\|\| *true' "$workflow" && fail "$workflow: a failure swallowed with || true"
done
grep -nE '\|\| *true' .github/scripts/*.sh && fail "a failure swallowed with || true in .github/scripts"

comment=.github/workflows/benchmarks-comment.yml
grep -qiE 'pr-number|number\.txt|cat .*number' "$comment" && fail "$comment: reads a pull request number from the artifact"
grep -q 'HEAD_SHA: ${{ github.event.workflow_run.head_sha }}' "$comment" \
  && grep -q '"$sha" = "$HEAD_SHA"' "$comment" && grep -q '"$repo" = "$HEAD_REPO"' "$comment" \
  || fail "$comment: the pull request is not checked against the run's head commit and repository"
grep -q "select(.user.login == \\\\\"github-actions\[bot\]\\\\\"" "$comment" || fail "$comment: the sticky comment is not checked to be the bot's"
grep -q "conclusion != 'cancelled'" "$comment" || fail "$comment: cancelled runs would post"
grep -q 'base=$(git rev-parse HEAD^1)' .github/workflows/benchmarks.yml || fail "the pull request's base is not the merge commit's first parent"

[[ $problems -eq 0 ]] && echo "workflows: actions pinned, no persisted credentials, tokens per step, the comment's trust rule, no swallowed failure"
exit $problems
