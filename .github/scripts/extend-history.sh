#!/usr/bin/env bash
# Adds this run to the history kept on a branch of the repository (one JSON-lines file per machine in history/):
# fetch the branch, add the run, push; when another push got there first, fetch again and retry. Any failed git or
# suite call fails the job: only "the branch does not exist yet" starts a new history. Leaves the whole history in
# $OUT (default ./history) for the report.
#
#   REMOTE   where the branch lives (a URL with its token, or a path)          required
#   BRANCH   the history's branch                                              default benchmark-history
#   RESULTS  the run's results folder                                          default BenchmarkDotNet.Artifacts
#   COMMIT   the commit measured; SINCE the commit the branch was at before it was pushed (may be empty)
#   OUT      where the whole history is left                                   default history
set -euo pipefail
: "${REMOTE:?REMOTE names the repository that keeps the history}" "${COMMIT:?COMMIT names the commit measured}"
branch=${BRANCH:-benchmark-history}
[[ -e "$REMOTE" ]] && REMOTE=$(realpath "$REMOTE") # a local repository: the clone below works in another folder
results=$(realpath "${RESULTS:-BenchmarkDotNet.Artifacts}")
since=${SINCE:-}
[[ "$since" =~ ^0+$ ]] && since="" # the first push of a branch has no commit before it
suite() { dotnet run -c Release --no-build --project benchmarks/ConcurrencyBenchmarks -- "$@"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for attempt in 1 2 3 4 5; do
  rm -rf "$work/history" # each try starts from the branch as it is now
  git init -q "$work/history"
  git -C "$work/history" config user.name "github-actions[bot]"
  git -C "$work/history" config user.email "41898282+github-actions[bot]@users.noreply.github.com"
  set +e
  git ls-remote --exit-code --heads "$REMOTE" "refs/heads/$branch" > /dev/null
  found=$?
  set -e
  fetched=""
  if [[ $found -eq 0 ]]; then
    git -C "$work/history" fetch -q --depth=1 "$REMOTE" "refs/heads/$branch"
    git -C "$work/history" checkout -q -B "$branch" FETCH_HEAD
    fetched=$(git -C "$work/history" rev-parse HEAD)
  elif [[ $found -eq 2 ]]; then
    echo "The branch $branch does not exist yet: this run starts the history."
    git -C "$work/history" checkout -q --orphan "$branch"
  else
    echo "cannot read the history's branch $branch (git ls-remote exit $found): nothing added" >&2
    exit 1
  fi

  mkdir -p "$work/history/history"
  set +e
  added=$(suite history add --results "$results" --to "$work/history/history" --commit "$COMMIT" ${since:+--since "$since"} 2>&1)
  add_exit=$?
  set -e
  echo "$added"
  if [[ $add_exit -ne 0 ]]; then
    # A re-run of this job after its push went through: the run is there already, which is what was wanted.
    grep -q 'this run is in the history already' <<< "$added" && break
    echo "history add failed (exit $add_exit): nothing pushed" >&2
    exit 1
  fi
  git -C "$work/history" add history
  git -C "$work/history" commit -q -m "history: add the run of $COMMIT"
  if git -C "$work/history" push -q "$REMOTE" "HEAD:refs/heads/$branch"; then
    echo "The history's branch $branch now holds the run of $COMMIT."
    break
  fi
  # Only a branch that moved since the fetch (another run's push won the race) is worth another try.
  if ! now=$(git ls-remote --heads "$REMOTE" "refs/heads/$branch"); then
    echo "cannot read the history's branch $branch after a refused push: nothing added" >&2
    exit 1
  fi
  if [[ "${now%%[[:space:]]*}" == "$fetched" ]]; then
    echo "the push to $branch was refused, and no other run had extended it: nothing added" >&2
    exit 1
  fi
  if [[ $attempt -eq 5 ]]; then
    echo "could not push the history's branch $branch after $attempt tries" >&2
    exit 1
  fi
  echo "Another run extended $branch first: fetching it again (try $((attempt + 1)) of 5)."
  sleep $((attempt * 2))
done

out=${OUT:-history}
rm -rf "$out"
cp -r "$work/history/history" "$out"
