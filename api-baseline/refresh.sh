#!/usr/bin/env bash
# Makes the current API the baseline that the build's API check (japicmp) compares with: builds the jars
# of core, ladder-assessment and measures, stores them here as coproduction-<module>-<VERSION>.jar (the
# previous baseline jars are removed) and points the parent POM's api.baseline.version at VERSION.
# Usage: api-baseline/refresh.sh VERSION        e.g. api-baseline/refresh.sh 0.2.0
set -euo pipefail
version=${1:?usage: api-baseline/refresh.sh VERSION, such as 0.2.0}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -q -B -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -Djapicmp.skip \
  -pl core,ladder-assessment,measures -am package
rm -f api-baseline/*.jar
for module in core ladder-assessment measures; do
  jar=$(ls "$module"/target/coproduction-"$module"-*.jar | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$' -e '-tests\.jar$')
  cp "$jar" "api-baseline/coproduction-$module-$version.jar"
done
sed -i "s#<api.baseline.version>[^<]*</api.baseline.version>#<api.baseline.version>$version</api.baseline.version>#" pom.xml
ls -l api-baseline/*.jar
echo "Baseline is now $version; commit api-baseline/ and pom.xml together."
