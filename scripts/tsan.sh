#!/usr/bin/env bash
# ThreadSanitizer run of the tests that exercise background jobs (import, live counts and the column store, KPIs,
# trends, RFM, clustering, order rules, overlaps, export, the window, the dashboard, RFM and Clusters pages while jobs run, the
# jobs helper, a short soak): builds those targets of the tsan preset into build-tsan/ and runs them. Any
# "WARNING: ThreadSanitizer" report fails the run. Qt's own libraries are not instrumented: the jobs declare QThreadPool's hand-off themselves
# (model/jobs/job.h), interceptors called from Qt's code (its frees and copies) are not checked
# (ignore_noninstrumented_modules), and the few races whose ordering lies wholly inside Qt are suppressed by name
# (tests/tsan.supp); every report that involves our code is kept.
#   scripts/tsan.sh [CTEST-REGEX]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
targets=(tst_jobs tst_filtercountservice tst_columnstorecache tst_importer tst_kpicalculator tst_trendcalculator
         tst_clusteranalysis tst_rfmanalysis tst_kmeans tst_kmeanssweep tst_mainwindow tst_segmentsdock
         tst_exportdialog tst_importwizard tst_builderpage tst_customertablemodel tst_customerspage tst_storeselections
         tst_dashboardpage tst_rfmpage tst_clusterspage tst_clusterfeatures tst_runningkpis tst_multisegment
         tst_orderrules tst_orderengine soak)
bash scripts/build.sh tsan "${targets[@]}"
# Whole names only: "tst_exportdialog" must not select tst_exportdialogmulti, which this build does not have.
regex=${1:-"(^|/)($(IFS='|'; echo "${targets[*]}" | sed 's/|soak$/|soak_short/'))\$"}
export QT_QPA_PLATFORM=offscreen
# die_after_fork=0: tests start `swb` with QProcess, whose fork TSan would otherwise refuse in a threaded process.
export TSAN_OPTIONS=${TSAN_OPTIONS:-"suppressions=$root/tests/tsan.supp second_deadlock_stack=1 history_size=4 die_after_fork=0 ignore_noninstrumented_modules=1"}
status=0
ctest --test-dir build-tsan -R "$regex" --output-on-failure --timeout 3600 || status=$?
log=build-tsan/Testing/Temporary/LastTest.log
if grep -q "WARNING: ThreadSanitizer" "$log"; then
    echo "tsan: $(grep -c "WARNING: ThreadSanitizer" "$log") ThreadSanitizer reports in $log:" >&2
    grep -n -A12 "WARNING: ThreadSanitizer" "$log" | head -80 >&2
    status=1
fi
exit "$status"
