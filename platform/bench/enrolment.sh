#!/usr/bin/env bash
# ./wego bench enrolment: enrolments per second through the training plugin as in production versus raw
# atomic SQL on the same tables, 8 concurrent workers each (EnrolmentBenchIT, on the test kit's Bench):
# a fresh schema on the test stack with the plugin's signed jar; per round and path 8 open programmes with
# room for everyone and pending nominations of 40 member cities, made through the plugin's Nominations (each
# a request in the approvals inbox) or inserted by batched SQL; one warm-up round, then 3 measured rounds of
# 1,000 enrolments per path, alternating:
#   path      the secretariat approves in the approvals inbox, whose handler places the nomination through
#             the plugin's seat service (programme row lock, locking counts, audit) in the decision's transaction
#   baseline  per nomination one transaction: SELECT ... FOR UPDATE on the programme, then one conditional
#             UPDATE that enrols only while the enrolled counts are under capacity/quota
# Prints enrolments per second of both and the ratio baseline/path. ./wego test runs the same benchmark once
# with 16 enrolments per path (a smoke run).
set -euo pipefail
exec bash "$(dirname "$0")/plugin-bench.sh" plugins/training EnrolmentBenchIT
