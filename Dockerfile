# The image a cluster runs experiments with: the project, its npm packages and the
# `npm run experiment` command (see README, "Running on a cluster"). Untested here: Docker
# does not run on the machine this was written on.
#   docker build -t loyalty-lab .
#   docker run --rm -v "$PWD/out:/out" loyalty-lab scenarios/experiments/programme-break-even.json --out /out/results.csv
FROM node:20-slim

WORKDIR /app
# no root inside the pod; the node user owns the app, since `npm run experiment` writes its
# bundle under node_modules/.cache at start. Results go to a mounted volume it can write.
RUN chown node:node /app
USER node
# dependencies first, so editing the source does not reinstall them
COPY --chown=node:node package.json package-lock.json ./
# devDependencies included: esbuild bundles the command at start (scripts/run-ts.mjs)
RUN npm ci --no-audit --no-fund
COPY --chown=node:node . .
# bundled once at build time too, for runs that prefer `node dist-cli/experiment.mjs`
RUN node scripts/bundle-experiment.mjs

ENTRYPOINT ["npm", "run", "-s", "experiment", "--"]
CMD ["--help"]
