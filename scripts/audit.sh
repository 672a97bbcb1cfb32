#!/bin/sh
# npm run audit: known vulnerabilities (high or critical) in the packages the built app ships.
# Dev tools are left out (--omit=dev): they never reach a user's browser. Needs the npm registry's
# audit endpoint, so it runs on CI machines with registry access, not inside `npm test`
# (see docs/security.md). Exits with npm audit's own code: 0 when nothing high or critical is found.
cd "$(dirname "$0")/.." || exit 2
npm audit --omit=dev --audit-level=high "$@"
status=$?
if [ "$status" -ne 0 ]; then
  echo "npm audit exited with $status: either vulnerabilities at or above 'high' were found (listed above)," >&2
  echo "or the registry's audit endpoint could not be reached (an error above, e.g. 405 from a proxy)." >&2
fi
exit "$status"
