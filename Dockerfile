# The storygraph API. Neo4j runs in its own container (see docker-compose.yml).
# Built like README "Production install": build with the toolchain, then a production-only install that ships dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json vite.config.mts ./
COPY src ./src
COPY scripts ./scripts
COPY bench ./bench
COPY web ./web
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY scripts/ensure-built.mjs ./scripts/
COPY schema ./schema
COPY seeds ./seeds
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# node directly rather than npm start: signals reach the service without npm in between (same command as npm start).
CMD ["node", "dist/src/main.js"]
