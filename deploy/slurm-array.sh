#!/bin/bash
# An experiment as a Slurm job array: task i runs shard i of n (SLURM_ARRAY_TASK_ID →
# --shard i/n) and writes its part; a dependent job merges the parts. Untested here (no
# Slurm on the machine this was written on). See README, "Running on a cluster".
#
# From a checkout on the cluster's shared file system, with Node 20:
#   npm ci && node scripts/bundle-experiment.mjs     # once: tasks share the bundle
#   jid=$(sbatch --parsable deploy/slurm-array.sh)
#   sbatch --dependency=afterok:$jid --wrap 'node dist-cli/experiment.mjs merge results/part-*.csv --out results/results.csv'
# Another experiment or shard count: EXPERIMENT=my.json sbatch --array=0-31%8 deploy/slurm-array.sh
#
#SBATCH --job-name=loyalty-lab-experiment
#SBATCH --array=0-7%8
#SBATCH --cpus-per-task=4
#SBATCH --mem=4G
#SBATCH --time=04:00:00
#SBATCH --output=logs/%x-%A_%a.log
set -euo pipefail
: "${SLURM_ARRAY_TASK_ID:?submit this script with sbatch (it is a job array)}"

EXPERIMENT=${EXPERIMENT:-scenarios/experiments/programme-break-even.json}
OUT=${OUT:-results}
# the array must count from 0 with no gaps (0-7, not 1-8): shard i of n needs 0 ≤ i < n
SHARDS=$((SLURM_ARRAY_TASK_MAX + 1))
if [ "${SLURM_ARRAY_TASK_MIN}" != 0 ] || [ "${SLURM_ARRAY_TASK_COUNT}" != "$SHARDS" ]; then
  echo "use --array=0-(n-1): shards count from 0 without gaps" >&2
  exit 2
fi
mkdir -p "$OUT" logs
exec node dist-cli/experiment.mjs "$EXPERIMENT" \
  --workers "${SLURM_CPUS_PER_TASK:-1}" \
  --shard "${SLURM_ARRAY_TASK_ID}/${SHARDS}" \
  --out "$OUT/part-${SLURM_ARRAY_TASK_ID}.csv"
