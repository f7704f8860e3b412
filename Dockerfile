# The Acquitte API and worker (one image, two commands), with LibreOffice and python3-uno for the warm PDF pool.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends libreoffice-writer-nogui python3-uno fonts-dejavu fonts-liberation ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
EXPOSE 3000
# Migrations and the idempotent demo seed run before the API starts; the worker service overrides the command.
CMD ["sh", "-c", "node scripts/prisma.mjs migrate deploy && npx tsx prisma/seed.ts && node dist/src/main.js"]
