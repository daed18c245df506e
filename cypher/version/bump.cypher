// The graph version, bumped as the last statement of every write transaction (so it
// commits with the write). Created on first use with a random epoch, so a graph wiped
// and written again never repeats an earlier version. Readers cache answers by it.
MERGE (v:GraphVersion {key: 'graph'})
  ON CREATE SET v.epoch = randomUUID(), v.counter = 0
SET v.counter = v.counter + 1
