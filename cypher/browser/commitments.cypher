// :param issuer => "国务院"
// :param year => 2023
// :param outcome => null
// :param skip => 0
// :param limit => 100
// One page of commitments: each project a report promised (a sentence naming it in a
// plan or targets section, or a mention whose status is planned), with what the later
// reports of the same scope said of it and the outcome that follows:
//   REPORTED_DONE        a later report says it is completed
//   REPEATED             a later report promises it again (a sign of slippage)
//   IN_PROGRESS          a later report mentions it, neither done nor promised again
//   NOT_MENTIONED_AGAIN  later reports of the scope exist and none names it
//   PENDING              no later report of the scope exists yet
// "Later" is a later year, or the same year and a later period (H1 < H2 < FY).
MATCH (r:Report)-[m:MENTIONS_PROJECT]->(p:Project)
WHERE r.year IS NOT NULL
  AND ($issuer IS NULL OR r.issuer CONTAINS $issuer
       OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
  AND ($year IS NULL OR r.year = $year)
WITH r, m, p,
     COLLECT {
       MATCH (r)-[:HAS_EVIDENCE]->(e:Evidence)-[:SUPPORTS]->(p)
       WHERE EXISTS { MATCH (s:Section {reportId: r.id}) WHERE s.role IN ['plan', 'targets'] AND s.start <= e.start AND e.start < s.end }
       RETURN e ORDER BY e.start
     } AS promises
WHERE size(promises) > 0 OR m.status = 'planned'
WITH r, m, p, promises, r.year * 10 + CASE r.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END AS at
CALL (r, at) {
  MATCH (later:Report {scope: r.scope})
  WHERE later.year IS NOT NULL AND later.year * 10 + CASE later.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END > at
  RETURN count(later) AS laterReports
}
CALL (r, p, at) {
  MATCH (later:Report {scope: r.scope})-[lm:MENTIONS_PROJECT]->(p)
  WHERE later.year IS NOT NULL AND later.year * 10 + CASE later.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END > at
  WITH later, lm, later.year * 10 + CASE later.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END AS laterAt,
       EXISTS {
         MATCH (later)-[:HAS_EVIDENCE]->(e:Evidence)-[:SUPPORTS]->(p)
         MATCH (s:Section {reportId: later.id}) WHERE s.role IN ['plan', 'targets'] AND s.start <= e.start AND e.start < s.end
       } OR lm.status = 'planned' AS promisedAgain
  ORDER BY laterAt, later.id
  RETURN collect({
    report: later {.id, .title, .year, .period, .kind, .issuer, .region},
    status: lm.status, nameAsWritten: lm.name, sectionRole: lm.sectionRole, promisedAgain: promisedAgain,
    evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(lm.evidenceIds, []) RETURN e {.id, .reportId, .text, .start, .end} ORDER BY e.start }
  }) AS followUps
}
WITH r, m, p, promises, laterReports, followUps,
     CASE
       WHEN any(f IN followUps WHERE f.status = 'completed') THEN 'REPORTED_DONE'
       WHEN any(f IN followUps WHERE f.promisedAgain) THEN 'REPEATED'
       WHEN size(followUps) > 0 THEN 'IN_PROGRESS'
       WHEN laterReports > 0 THEN 'NOT_MENTIONED_AGAIN'
       ELSE 'PENDING'
     END AS outcome
WHERE $outcome IS NULL OR outcome = $outcome
WITH r, m, p, promises, followUps, outcome,
     coalesce(promises[0], COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e ORDER BY e.start }[0]) AS promise
ORDER BY r.year, r.id, promise.start, p.key
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
  r.id + '|' + p.key AS id,
  coalesce(r.issuer, r.scope) AS issuer,
  r.year AS year,
  r {.id, .title, .year, .period, .kind, .issuer, .region} AS report,
  p {.key, .name, .aliases, .kind, .scope} AS project,
  m.name AS nameAsWritten,
  promise {.id, .reportId, .text, .start, .end} AS evidence,
  COLLECT {
    MATCH (d:Department)-[x:RESPONSIBLE_FOR {reportId: r.id}]->(p)
    WITH DISTINCT d ORDER BY d.name
    RETURN d {.key, .name, .aliases, .scope}
  }[0] AS department,
  outcome,
  followUps
