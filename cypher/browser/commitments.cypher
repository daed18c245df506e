// :param issuer => "国务院"
// :param year => 2023
// :param outcome => null
// :param skip => 0
// :param limit => 100
// One page of commitments, with what the later reports of the same scope said of them.
// Two kinds:
// - a project a report promised (a sentence naming it in a plan or targets section, or
//   a mention whose status is planned):
//     REPORTED_DONE        a later report says it is completed
//     REPEATED             a later report promises it again (a sign of slippage)
//     IN_PROGRESS          a later report mentions it, neither done nor promised again
//     NOT_MENTIONED_AGAIN  later reports of the scope exist and none names it
//     PENDING              no later report of the scope exists yet
// - a quantified task: an annual target of an amount (a level, not a rate) in a sentence
//   that names no project (建设保障性住房100万套), judged by the outcome the target pairing found:
//     REPORTED_DONE        the outcome meets or exceeds it
//     IN_PROGRESS          an outcome is stated and falls short
//     NOT_MENTIONED_AGAIN  later reports of the scope exist and none states an outcome
//     PENDING              no later report of the scope exists yet
// "Later" is a later year, or the same year and a later period (H1 < H2 < FY).
CALL () {
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
  WITH r, m, p, followUps,
       CASE
         WHEN any(f IN followUps WHERE f.status = 'completed') THEN 'REPORTED_DONE'
         WHEN any(f IN followUps WHERE f.promisedAgain) THEN 'REPEATED'
         WHEN size(followUps) > 0 THEN 'IN_PROGRESS'
         WHEN laterReports > 0 THEN 'NOT_MENTIONED_AGAIN'
         ELSE 'PENDING'
       END AS outcome,
       coalesce(promises[0], COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e ORDER BY e.start }[0]) AS promise
  WHERE $outcome IS NULL OR outcome = $outcome
  RETURN r, p, null AS t, m.name AS nameAsWritten, promise, outcome, followUps, p.key AS key
  UNION ALL
  MATCH (r:Report)
  WHERE r.year IS NOT NULL
    AND ($issuer IS NULL OR r.issuer CONTAINS $issuer
         OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
    AND ($year IS NULL OR r.year = $year)
  // The sentences that name a project: their figures belong to the project's promise.
  WITH r,
       COLLECT { MATCH (r)-[:HAS_EVIDENCE]->(pe:Evidence)-[:SUPPORTS]->(:Project) RETURN DISTINCT [pe.start, pe.end] } AS projectSpans,
       COLLECT { MATCH (r)-[m:MENTIONS_PROJECT]->(:Project) UNWIND coalesce(m.evidenceIds, []) AS id RETURN DISTINCT id } AS projectEvidence
  MATCH (r)-[:HAS_OBSERVATION]->(tg:Observation)<-[:TARGET]-(t:TargetOutcome)
  WHERE t.measure = 'level' AND t.year = r.year AND NOT EXISTS { MATCH (tg)-[:FOR_PROJECT]->(:Project) }
  WITH r, tg, t, head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(tg) RETURN e ORDER BY e.start }) AS promise, projectSpans, projectEvidence
  WHERE promise IS NOT NULL AND NOT promise.id IN projectEvidence
    AND none(span IN projectSpans WHERE span[0] <= promise.start AND promise.start < span[1])
  WITH r, tg, t, promise, r.year * 10 + CASE r.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END AS at
  CALL (r, at) {
    MATCH (later:Report {scope: r.scope})
    WHERE later.year IS NOT NULL AND later.year * 10 + CASE later.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END > at
    RETURN count(later) AS laterReports
  }
  OPTIONAL MATCH (t)-[:OUTCOME]->(oc:Observation)<-[:HAS_OBSERVATION]-(orp:Report)
  WITH r, tg, t, promise, oc, orp,
       CASE
         WHEN oc IS NOT NULL AND t.verdict IN ['MET', 'EXCEEDED'] THEN 'REPORTED_DONE'
         WHEN oc IS NOT NULL THEN 'IN_PROGRESS'
         WHEN laterReports > 0 THEN 'NOT_MENTIONED_AGAIN'
         ELSE 'PENDING'
       END AS outcome
  WHERE $outcome IS NULL OR outcome = $outcome
  RETURN r, null AS p, t,
    head(COLLECT { MATCH (tg)-[x:OF_INDICATOR]->(ind:Indicator) RETURN coalesce(x.name, ind.name) }) AS nameAsWritten,
    promise,
    outcome,
    CASE WHEN oc IS NULL THEN [] ELSE [{
      report: orp {.id, .title, .year, .period, .kind, .issuer, .region},
      status: null, nameAsWritten: head(COLLECT { MATCH (oc)-[x:OF_INDICATOR]->(ind:Indicator) RETURN coalesce(x.name, ind.name) }),
      sectionRole: oc.sectionRole, promisedAgain: false,
      evidence: COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(oc) RETURN e {.id, .reportId, .text, .start, .end} ORDER BY e.start }
    }] END AS followUps,
    t.key AS key
}
WITH r, p, t, nameAsWritten, promise, outcome, followUps, key
WHERE promise IS NOT NULL
ORDER BY r.year, r.id, promise.start, key
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN
  r.id + '|' + key AS id,
  coalesce(r.issuer, r.scope) AS issuer,
  r.year AS year,
  r {.id, .title, .year, .period, .kind, .issuer, .region} AS report,
  CASE WHEN p IS NULL THEN null ELSE p {.key, .name, .aliases, .kind, .scope} END AS project,
  nameAsWritten,
  promise {.id, .reportId, .text, .start, .end} AS evidence,
  CASE WHEN p IS NULL THEN null ELSE COLLECT {
    MATCH (d:Department)-[x:RESPONSIBLE_FOR {reportId: r.id}]->(p)
    WITH DISTINCT d ORDER BY d.name
    RETURN d {.key, .name, .aliases, .scope}
  }[0] END AS department,
  outcome,
  followUps,
  CASE WHEN t IS NULL THEN null ELSE {
    pair: t {.key, .year, .family, .measure, .gap, .gapUnit, .verdict, .strive, .nature, .ceiling, .preliminary,
             .noTargetText, .noTargetStart, .noTargetEnd, .noTargetReportId},
    issuer: r.issuer, region: r.region,
    indicator: head(COLLECT { MATCH (t)-[:FOR_INDICATOR]->(ind:Indicator) RETURN ind {.key, .name, .aliases, .baseUnit, .scope} }),
    target: head(COLLECT {
      MATCH (t)-[:TARGET]->(tg:Observation)-[:OF_INDICATOR]->(ind:Indicator)
      RETURN {
        indicator: ind {.key, .name, .aliases, .baseUnit, .scope},
        report: r {.id, .title, .year, .period, .kind, .issuer, .region},
        observation: tg {.id, .value, .unit, .normalizedValue, .baseUnit, .upper, .change, .changeUnit, .status, .qualifier, .periodYear, .reportYear},
        evidence: head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(tg) RETURN e {.id, .reportId, .text, .start, .end} ORDER BY e.start })
      }
    }),
    outcome: head(COLLECT {
      MATCH (t)-[:OUTCOME]->(oc:Observation)-[:OF_INDICATOR]->(ind:Indicator)
      MATCH (orp:Report)-[:HAS_OBSERVATION]->(oc)
      RETURN {
        indicator: ind {.key, .name, .aliases, .baseUnit, .scope},
        report: orp {.id, .title, .year, .period, .kind, .issuer, .region},
        observation: oc {.id, .value, .unit, .normalizedValue, .baseUnit, .upper, .change, .changeUnit, .status, .qualifier, .periodYear, .reportYear},
        evidence: head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(oc) RETURN e {.id, .reportId, .text, .start, .end} ORDER BY e.start })
      }
    })
  } END AS targetOutcome
