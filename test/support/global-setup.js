// Says plainly which tiers this run skips, so a green run on a laptop is not mistaken for CI.
module.exports = async () => {
  const skipped = [];
  if (!process.env.DATABASE_URL) skipped.push('PostgreSQL server tier (set DATABASE_URL)');
  if (!process.env.REDIS_URL) skipped.push('Redis/BullMQ tier (set REDIS_URL)');
  if (skipped.length) process.stderr.write(`\n[crm tests] skipping: ${skipped.join('; ')}. PGlite and in-process tiers run.\n`);
};
