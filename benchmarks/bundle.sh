#!/usr/bin/env bash
# Packs the suite for a machine without the .NET SDK: the benchmark program (framework-dependent Release build, with
# its JIT, ReadyToRun and NativeAOT workers), the .NET runtime it runs on, and run.sh. Unpack it anywhere on a Linux
# machine of the same architecture and run, in process (BenchmarkDotNet's in-process toolchain needs no SDK):
#   ./run.sh --filter '*' --inProcess
# Usage: benchmarks/bundle.sh [output folder]   (default: artifacts/bundle)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$root/artifacts/bundle}" && cd "${1:-$root/artifacts/bundle}" && pwd)"

dotnet_root="$(dirname "$(readlink -f "$(command -v dotnet)")")"
rid="$(dotnet --info | sed -nE 's/^ *RID: *//p' | head -1)"
name="ConcurrencyBenchmarks-$rid"
bundle="$out/$name"
rm -rf "$bundle" "$bundle.tar.gz"
mkdir -p "$bundle"

echo "== publishing the benchmark program and its workers"
# The worker is referenced for its files only (it publishes its own NativeAOT build), so its self-containedness does not matter here.
# For this machine's RID only: native libraries of other platforms stay out.
dotnet publish "$root/benchmarks/ConcurrencyBenchmarks" -c Release -r "$rid" --self-contained false -o "$bundle/app" -nologo -v quiet \
  -p:ValidateExecutableReferencesMatchSelfContained=false
for worker in native/ConcurrencyBenchmarks.Worker r2r/ConcurrencyBenchmarks.Worker.dll ConcurrencyBenchmarks.Worker.dll; do
  [[ -e "$bundle/app/$worker" ]] || { echo "bundle: the worker $worker is missing from the publish output" >&2; exit 1; }
done

echo "== copying the .NET runtime from $dotnet_root"
runtime="$(ls -1 "$dotnet_root/shared/Microsoft.NETCore.App" | grep -E '^10\.' | sort -V | tail -1)"
fxr="$(ls -1 "$dotnet_root/host/fxr" | sort -V | tail -1)"
mkdir -p "$bundle/dotnet/shared/Microsoft.NETCore.App" "$bundle/dotnet/host/fxr"
cp "$dotnet_root/dotnet" "$bundle/dotnet/"
cp -r "$dotnet_root/host/fxr/$fxr" "$bundle/dotnet/host/fxr/"
cp -r "$dotnet_root/shared/Microsoft.NETCore.App/$runtime" "$bundle/dotnet/shared/Microsoft.NETCore.App/"
[[ -f "$dotnet_root/LICENSE.txt" ]] && cp "$dotnet_root/LICENSE.txt" "$dotnet_root/ThirdPartyNotices.txt" "$bundle/dotnet/" 2>/dev/null || true

cat > "$bundle/run.sh" <<'RUN'
#!/bin/sh
# Runs the suite on the runtime shipped beside it; every option of the suite and of BenchmarkDotNet works.
# Without an SDK, add --inProcess. Results land in ./BenchmarkDotNet.Artifacts.
here="$(cd "$(dirname "$0")" && pwd)"
export DOTNET_ROOT="$here/dotnet"   # the JIT and ReadyToRun workers find the runtime here too
exec "$here/dotnet/dotnet" "$here/app/ConcurrencyBenchmarks.dll" "$@"
RUN
chmod +x "$bundle/run.sh"

tar -C "$out" -czf "$bundle.tar.gz" "$name"
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)), archive $bundle.tar.gz ($(du -h "$bundle.tar.gz" | cut -f1)); .NET $runtime"
