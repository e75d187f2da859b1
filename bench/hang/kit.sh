#!/usr/bin/env bash
# Kit benchmark: how long the contract test kit takes to fail a model that sleeps 60 s per call, in a partner's
# build. Copies the example plugin out of the repository, adds the sleeping loyalty model of plugin/ and a contract
# test for it, builds it offline against the distribution's sdk-repository (as a partner would, with `mvn`) and
# prints how long the kit's tests took and which checks failed.
#
#   bench/hang/kit.sh
#
# First run ./mvnw -B -DskipTests package (it lays out target/customer-lens/sdk-repository). Environment: MVN (mvn),
# MAVEN_REPO (the local repository to read plugins from; default Maven's own).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REPOSITORY=$ROOT/target/customer-lens/sdk-repository
[[ -d "$REPOSITORY" ]] || { echo "no $REPOSITORY; build it: ./mvnw -B -DskipTests package" >&2; exit 1; }
WORK=$(mktemp -d -t customer-lens-kit.XXXXXX)
cp -r "$ROOT/plugins/example-partner-model/." "$WORK/" && rm -rf "$WORK/target"
mkdir -p "$WORK/src/main/java/io/customerlens/bench/hang" "$WORK/src/test/java/io/customerlens/bench/hang"
cp "$ROOT"/bench/hang/plugin/io/customerlens/bench/hang/*.java "$WORK/src/main/java/io/customerlens/bench/hang/"
cat >"$WORK/src/test/java/io/customerlens/bench/hang/SleepyContractTest.java" <<'JAVA'
package io.customerlens.bench.hang;

import io.customerlens.sdk.ScoringModel;
import java.util.List;

class SleepyContractTest extends io.customerlens.tck.ModelContract {
    @Override
    protected List<ScoringModel<?>> models() {
        return List.of(new SleepyLoyaltyModel());
    }
}
JAVA

start=$(date +%s.%N)
(cd "$WORK" && ${MVN:-mvn} -B -o -Daether.offline.protocols=file ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} \
  -Dcustomer-lens.repository="file://$REPOSITORY" -Dtest=SleepyContractTest -Dsurefire.failIfNoSpecifiedTests=false \
  test >"$WORK/build.log" 2>&1) || true
end=$(date +%s.%N)
report=$WORK/target/surefire-reports/TEST-io.customerlens.bench.hang.SleepyContractTest.xml
[[ -f "$report" ]] || { echo "the kit did not run; see $WORK/build.log" >&2; exit 1; }
echo "kit on a model sleeping 60 s per call: build $(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}') s," \
  "kit tests $(grep -o 'testsuite [^>]*time="[0-9.]*"' "$report" | grep -o 'time="[0-9.]*"' | tr -dc '0-9.') s"
echo "failed checks:"
grep -o '<failure message="[^"]*' "$report" | sed "s/&apos;/'/g; s/<failure message=\"/  /" | cut -c1-150
