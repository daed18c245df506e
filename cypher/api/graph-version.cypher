// The graph version answers are cached by: null when no write has made one yet (an
// empty or bulk-imported database), and then nothing is cached.
OPTIONAL MATCH (v:GraphVersion {key: 'graph'})
RETURN CASE WHEN v IS NULL THEN null ELSE v.epoch + ':' + toString(v.counter) END AS version
