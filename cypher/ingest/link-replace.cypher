// Replaces the links of report $reportId: its old linked mentions and their evidence
// go, the new ones come with their own sentences, and further sentences naming a
// project the report's own extraction names support that project. A national programme known from
// the programme list may have no node yet: the link makes it.
MATCH (r:Report {id: $reportId})
CALL (r) { MATCH (r)-[m:MENTIONS_PROJECT {via: 'lexicon'}]->() DELETE m }
CALL (r) { MATCH (e:Evidence {reportId: r.id, linked: true}) DETACH DELETE e }
CALL (r) {
  UNWIND $sentences.items AS sentence
  MATCH (p:Project {key: sentence.key})
  MERGE (e:Evidence {id: sentence.evidence.id})
  SET e.reportId = r.id, e.text = sentence.evidence.text, e.start = sentence.evidence.start, e.end = sentence.evidence.end, e.linked = true
  MERGE (r)-[:HAS_EVIDENCE]->(e)
  MERGE (e)-[:SUPPORTS]->(p)
}
WITH r
UNWIND $rows.items AS row
MERGE (p:Project {key: row.key})
  ON CREATE SET p.name = row.name, p.aliases = row.names, p.kind = 'programme', p.scope = $scope
MERGE (r)-[m:MENTIONS_PROJECT]->(p)
SET m.via = 'lexicon', m.terms = row.terms, m.status = row.status, m.sectionRole = row.sectionRole,
    m.name = row.name, m.names = row.names, m.evidenceIds = [e IN row.evidence | e.id],
    m.mergeRule = 'lexicon', m.mergeScore = 0.8
WITH r, p, row
UNWIND row.evidence AS ev
MERGE (e:Evidence {id: ev.id})
SET e.reportId = r.id, e.text = ev.text, e.start = ev.start, e.end = ev.end, e.linked = true
MERGE (r)-[:HAS_EVIDENCE]->(e)
MERGE (e)-[:SUPPORTS]->(p)
RETURN count(*) AS done
