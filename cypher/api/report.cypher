// One report with its sections, entity mentions, observations and evidence.
MATCH (r:Report {id: $id})
RETURN
  r {.id, .title, .year, .period, .kind, .issuer, .region, .source, .contentHash,
     ingestedAt: toString(r.ingestedAt)} AS report,
  COLLECT {
    MATCH (r)-[:HAS_SECTION]->(:Section)-[:HAS_SUBSECTION*0..]->(s:Section)
    WITH DISTINCT s
    OPTIONAL MATCH (parent:Section)-[:HAS_SUBSECTION]->(s)
    WITH s, parent ORDER BY s.start, s.level
    RETURN s {.id, .heading, .level, .role, .start, .end, parentId: parent.id}
  } AS sections,
  COLLECT {
    MATCH (r)-[m:MENTIONS_PROJECT]->(p:Project)
    WITH m, p ORDER BY p.name, p.key
    RETURN {
      project: p {.key, .name, .aliases, .kind, .scope},
      status: m.status, nameAsWritten: m.name, sectionRole: m.sectionRole,
      evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e {.id, .reportId, .text, .start, .end} }
    }
  } AS projects,
  COLLECT {
    MATCH (r)-[m:MENTIONS_DEPARTMENT]->(d:Department)
    WITH m, d ORDER BY d.name, d.key
    RETURN {
      department: d {.key, .name, .aliases, .scope},
      nameAsWritten: m.name, sectionRole: m.sectionRole,
      evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e {.id, .reportId, .text, .start, .end} }
    }
  } AS departments,
  COLLECT {
    MATCH (r)-[m:MENTIONS_ORGANIZATION]->(o:Organization)
    WITH m, o ORDER BY o.name, o.key
    RETURN {
      organization: o {.key, .name, .kind, .aliases},
      nameAsWritten: m.name, sectionRole: m.sectionRole,
      evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e {.id, .reportId, .text, .start, .end} }
    }
  } AS organizations,
  COLLECT {
    MATCH (r)-[m:STATES_PROBLEM]->(p:Problem)
    WITH m, p ORDER BY p.theme, p.key
    RETURN {
      problem: p {.key, .text, .theme, .scope},
      text: m.text, sectionRole: m.sectionRole,
      evidence: COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) RETURN e {.id, .reportId, .text, .start, .end} }
    }
  } AS problems,
  COLLECT {
    MATCH (r)-[:HAS_OBSERVATION]->(o:Observation)-[:OF_INDICATOR]->(ind:Indicator)
    WITH o, ind ORDER BY ind.name, o.periodYear, o.id
    RETURN {
      indicator: ind {.key, .name, .aliases, .baseUnit, .scope},
      observation: o {.id, .value, .unit, .normalizedValue, .baseUnit, .upper, .change, .changeUnit,
                      .status, .qualifier, .periodYear, .reportYear},
      evidence: head(COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(o) RETURN e {.id, .reportId, .text, .start, .end} })
    }
  } AS observations,
  COLLECT {
    MATCH (r)-[:HAS_EVIDENCE]->(e:Evidence)
    WITH e ORDER BY e.start
    LIMIT toInteger($evidenceLimit)
    RETURN e {.id, .reportId, .text, .start, .end}
  } AS evidence
