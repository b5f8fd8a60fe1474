-- Argus OTA scatter-gather barrier. Atomic: Redis runs a script without interleaving.
-- KEYS[1] = batch:{id}:processed_files (set)   KEYS[2] = batch:{id}:sealed_total (string)
-- KEYS[3] = batch:{id}:fired (string)
-- ARGV[1] = ttl seconds   ARGV[2] = total ('' when this call does not seal)   ARGV[3..] = file ids to add
-- Returns {processed, total or -1, fired (1 for exactly one caller per batch)}.
local ttl = tonumber(ARGV[1])
if ARGV[2] ~= '' then
  redis.call('SET', KEYS[2], ARGV[2], 'EX', ttl)
end
for i = 3, #ARGV do
  redis.call('SADD', KEYS[1], ARGV[i])
end
redis.call('EXPIRE', KEYS[1], ttl)
local processed = redis.call('SCARD', KEYS[1])
local total = tonumber(redis.call('GET', KEYS[2]) or '-1')
local fired = 0
if total >= 0 and processed >= total then
  if redis.call('SET', KEYS[3], '1', 'NX', 'EX', ttl) then
    fired = 1
  end
end
return {processed, total, fired}
