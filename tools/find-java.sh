# Sourced by bin/nachlese and tools/*.sh: finds a java of at least a given major version.
#   find_java 21 || exit 3     sets $java (the path) and $java_major (e.g. 25)
# Looks at JAVA_HOME, then the java on PATH, then the newest JDK under /usr/lib/jvm. A JAVA_HOME or PATH java that is
# too old is passed over, so a machine whose default java is 17 still finds an installed JDK 21+.

java_major_of() {
  local version
  version="$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  version="${version#1.}" # Java 8 says 1.8
  echo "${version%%.*}"
}

find_java() {
  local min="$1" candidate major best="" best_major=0
  java=""
  java_major=""
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      major="$(java_major_of "$candidate")"
      if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
        java="$candidate"
        java_major="$major"
        return 0
      fi
    fi
  done
  for candidate in /usr/lib/jvm/*/bin/java; do
    if [ -x "$candidate" ]; then
      major="$(java_major_of "$candidate")"
      if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
        best="$candidate"
        best_major="$major"
      fi
    fi
  done
  if [ -n "$best" ]; then
    java="$best"
    java_major="$best_major"
    return 0
  fi
  return 1
}
