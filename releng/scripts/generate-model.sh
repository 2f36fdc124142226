#!/usr/bin/env bash
# Regenerates the EMF model + edit code of org.attune.model from model/attune.ecore, without
# the Eclipse IDE (releng/codegen is a small standalone Maven project, not part of the reactor).
# Run after editing the .ecore, then review `git diff` and build. Hand-written code in the
# generated files is kept only where marked "@generated NOT".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MVN="${MVN:-mvn}"
[ -x "$ROOT/.tools/apache-maven-3.9.16/bin/mvn" ] && MVN="$ROOT/.tools/apache-maven-3.9.16/bin/mvn"
CODEGEN="$ROOT/releng/codegen"
"$MVN" -q -B -f "$CODEGEN/pom.xml" package dependency:build-classpath \
  -Dmdep.outputFile="$CODEGEN/target/classpath.txt" -Dmdep.includeScope=runtime
java -cp "$CODEGEN/target/classes:$(cat "$CODEGEN/target/classpath.txt")" \
  org.attune.releng.codegen.GenerateModel "$ROOT/bundles/org.attune.model" model/attune.genmodel
