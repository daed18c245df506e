// One project for its timeline: every report that mentions it, oldest first, with the
// status stated there, whether the mention was found by name (linked), and the sentence.
MATCH (p:Project {key: $key})
RETURN p {.key, .name, .aliases, .kind, .scope} AS project,
  COLLECT {
    MATCH (r:Report)-[m:MENTIONS_PROJECT]->(p)
    WITH r, m ORDER BY r.year, r.title, r.id
    RETURN {
      report: r {.id, .title, .year, .period, .issuer},
      status: m.status, written: m.name, linked: coalesce(m.via = 'lexicon', false),
      evidence: head(COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e {.start, .end, .text} ORDER BY e.start })
    }
  } AS mentions,
  COLLECT {
    MATCH (d:Department)-[:RESPONSIBLE_FOR]->(p)
    RETURN DISTINCT d.name AS name ORDER BY name LIMIT 20
  } AS departments
