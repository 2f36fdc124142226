# Shared by ./build and ./attune: locating (and if needed installing) the tools Attune needs.
# Sourced, not run. Expects ROOT to be the project root.

MAVEN_VERSION=3.9.16
TOOLS_DIR="$ROOT/.tools"
MAVEN_HOME_LOCAL="$TOOLS_DIR/apache-maven-$MAVEN_VERSION"

# Debian packages the build and the product need at run time.
DEBIAN_PACKAGES=(
  xvfb xauth x11-utils xdotool imagemagick
  libgtk-3-0
  gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly gstreamer1.0-libav
  gstreamer1.0-x libgstreamer1.0-0
)

log() { printf '[attune] %s\n' "$*" >&2; }

ensure_debian_packages() {
  local missing=()
  local p
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >&2
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

# Debian's Maven 3.8 cannot run Tycho 4, so the system mvn fetches Maven 3.9 from the
# Maven repository into .tools/ (ignored by git) once.
ensure_maven() {
  if [ -x "$MAVEN_HOME_LOCAL/bin/mvn" ]; then
    MVN="$MAVEN_HOME_LOCAL/bin/mvn"
    return 0
  fi
  command -v java >/dev/null || { log "java (17) is required: apt-get install openjdk-17-jdk"; exit 1; }
  if ! command -v mvn >/dev/null; then
    ensure_named_packages maven
  fi
  log "bootstrapping Maven $MAVEN_VERSION into .tools/"
  mkdir -p "$TOOLS_DIR"
  mvn -B -q -f "$ROOT/releng/bootstrap/pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin" \
    -DoutputDirectory="$TOOLS_DIR" >&2
  tar -xzf "$TOOLS_DIR/apache-maven-$MAVEN_VERSION-bin.tar.gz" -C "$TOOLS_DIR"
  rm -f "$TOOLS_DIR/apache-maven-$MAVEN_VERSION-bin.tar.gz"
  MVN="$MAVEN_HOME_LOCAL/bin/mvn"
}

ensure_named_packages() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q >&2
  $sudo apt-get install -y -q --no-install-recommends "$@" >&2
}

PRODUCT_DIR="$ROOT/releng/org.attune.repository/target/products/attune/linux/gtk/x86_64/attune"

# Runs a command with a display: the user's own when there is one (and ATTUNE_XVFB is not
# set), else a private Xvfb. Tests always get Xvfb so that they do not pop up windows.
with_xvfb() {
  xvfb-run -a --server-args="-screen 0 1600x1000x24 -nolisten tcp" "$@"
}

# True when the product is missing or older than any source that goes into it.
product_is_stale() {
  local marker="$PRODUCT_DIR/configuration/config.ini"
  [ -f "$marker" ] || return 0
  local newer
  newer=$(find "$ROOT/bundles" "$ROOT/features" "$ROOT/releng/org.attune.repository" "$ROOT/releng/pom.xml" \
      "$ROOT/targetplatform" "$ROOT/pom.xml" \
      \( -name target -o -name bin -o -name .tools \) -prune -o -type f -newer "$marker" -print -quit 2>/dev/null)
  [ -n "$newer" ]
}

launcher_jar() {
  local jar
  jar=$(ls "$PRODUCT_DIR"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
  [ -n "$jar" ] || { log "the product in $PRODUCT_DIR has no Equinox launcher: run ./build"; exit 1; }
  printf '%s' "$jar"
}
