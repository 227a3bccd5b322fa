#!/usr/bin/env bash
# Can this machine build a native image? bench/native-image-probe/run.sh
#
# A native image is where Quarkus services start in tens of milliseconds and stay well under 100 MB, so it is the
# candidate for issue 17's restart and memory rows. No GraalVM or Mandrel distribution is installed here and no
# registry the machine reaches serves one (Debian's packages have none; the Maven registry serves the builder's jars).
# This script tries the one combination that can work without a distribution: GraalVM's native-image builder
# (org.graalvm.nativeimage:svm 25.0.4, resolved from the Maven registry) run on the Temurin JDK 25 beside JDK 17, which
# carries JVMCI, for a one-class Hello program. It does by hand what the native-image launcher does (the launcher,
# svm-driver, is not served at 25.0.4): the builder's modules on the module path, the Graal compiler upgraded over the
# JDK's own copy, java.base's internals opened to them, the builder's system properties.
# Prints the builder's last lines and exits with its status; 0 and a running ./target/hello mean it can.
# Result on 2026-12-04: the builder starts, initialises and stops at its first step with
#   "Error: Building images on LINUX_AMD64 (target libc: glibc) requires static JDK libraries. ...
#    Missing libraries: java, nio, net"
# (lib/static/linux-amd64/glibc/libjava.a etc., shipped only by GraalVM-based JDKs; Temurin and Debian's JDK 17 have
# none). The builder's own C libraries (lib/svm/clibraries, e.g. libchelper) are not in its jars either.
set -euo pipefail
cd "$(dirname "$0")"
root="$(cd ../.. && pwd)"
jdk="${A4P_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [[ ! -x "$jdk/bin/java" ]]; then
    echo "no JDK 25 at $jdk (set A4P_JDK25): the builder of 25.0.4 needs a JDK 25 with JVMCI" >&2
    exit 2
fi
mkdir -p target/classes
"$root/mvnw" -B -q -f pom.xml dependency:build-classpath -Dmdep.outputFile=target/cp.txt
"$jdk/bin/javac" -d target/classes src/Hello.java

# The Graal compiler module and the SDK modules it needs replace the JDK's own jdk.graal.compiler (upgrade path);
# the rest of the builder goes on the module path, where its module-info declares its service providers.
upgrade='/(compiler|collections|word|nativeimage|truffle-compiler)-[0-9.]+\.jar$'
up=$(tr ':' '\n' < target/cp.txt | grep -E "$upgrade" | paste -sd:)
mp=$(tr ':' '\n' < target/cp.txt | grep -vE "$upgrade" | paste -sd:)
# Every package of the JDK modules the builder reaches into, exported and opened to it (a GraalVM JDK grants these
# in its own module descriptors).
to=org.graalvm.nativeimage.builder,org.graalvm.nativeimage.pointsto,org.graalvm.nativeimage.base,org.graalvm.nativeimage.objectfile,jdk.graal.compiler,ALL-UNNAMED
flags=()
for m in java.base jdk.internal.vm.ci java.management jdk.management jdk.jfr jdk.internal.jvmstat jdk.unsupported java.xml java.logging java.instrument; do
    while read -r p; do
        flags+=(--add-exports "$m/$p=$to" --add-opens "$m/$p=$to")
    done < <("$jdk/bin/java" --describe-module "$m" | awk '$1=="contains"||$1=="exports"||$1=="opens"{print $2} $1=="qualified"{print $3}' | sort -u)
done

# The JVMCI of Temurin 25.0.3 is one update older than this builder asks for; warn instead of refusing.
set +e
JVMCI_VERSION_CHECK=warn "$jdk/bin/java" -Xmx4g -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI -XX:-UseJVMCICompiler \
    "${flags[@]}" --upgrade-module-path "$up" --module-path "$mp" --add-modules ALL-MODULE-PATH \
    -Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader \
    -Dorg.graalvm.nativeimage.imagecode=buildtime -Dcom.oracle.graalvm.isaot=true -Djava.awt.headless=true \
    -Dorg.graalvm.version=25.0.4 -Djdk.internal.lambda.disableEagerInitialization=true \
    -m org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner \
    -imagecp "$PWD/target/classes" -H:Class=Hello -H:Name=hello -H:Path="$PWD/target" \
    -H:ImageBuildID="$(cat /proc/sys/kernel/random/uuid)" > target/builder.log 2>&1
status=$?
set -e
grep -v '^WARNING: package' target/builder.log | grep -v '^[[:space:]]*at ' | tail -25
echo "builder exit status: $status (whole log: bench/native-image-probe/target/builder.log)"
if [[ $status -eq 0 && -x target/hello ]]; then
    ./target/hello
fi
exit $status
