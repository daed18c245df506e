// One report for its page: metadata, its text (offsets from r.start as in the file),
// its sections, and every fact it states with the evidence sentence behind it. Linked
// project mentions (found by name by the link step) come with linked: true.
MATCH (r:Report {id: $id})
RETURN
  r {.id, .title, .year, .period, .kind, .issuer, .region, .source, .text, start: coalesce(r.start, 0)} AS report,
  COLLECT {
    MATCH (s:Section {reportId: r.id})
    RETURN s {.id, .heading, .level, .role, .start, .end}
    ORDER BY s.start, s.level
  } AS sections,
  COLLECT {
    MATCH (r)-[m:MENTIONS_PROJECT]->(p:Project)
    UNWIND coalesce(m.evidenceIds, []) AS evidenceId
    MATCH (e:Evidence {id: evidenceId})
    RETURN {kind: 'project', key: p.key, name: p.name, written: m.name, status: m.status, detail: p.kind,
            sectionRole: m.sectionRole, start: e.start, end: e.end, linked: coalesce(e.linked, false) OR coalesce(m.via = 'lexicon', false)} AS fact
    UNION
    MATCH (r)-[m:MENTIONS_DEPARTMENT]->(d:Department)
    UNWIND coalesce(m.evidenceIds, []) AS evidenceId
    MATCH (e:Evidence {id: evidenceId})
    RETURN {kind: 'department', key: d.key, name: d.name, written: m.name, status: null, detail: null,
            sectionRole: m.sectionRole, start: e.start, end: e.end, linked: false} AS fact
    UNION
    MATCH (r)-[m:MENTIONS_ORGANIZATION]->(o:Organization)
    UNWIND coalesce(m.evidenceIds, []) AS evidenceId
    MATCH (e:Evidence {id: evidenceId})
    RETURN {kind: 'organization', key: o.key, name: o.name, written: m.name, status: null, detail: o.kind,
            sectionRole: m.sectionRole, start: e.start, end: e.end, linked: false} AS fact
    UNION
    MATCH (r)-[m:STATES_PROBLEM]->(p:Problem)
    UNWIND coalesce(m.evidenceIds, []) AS evidenceId
    MATCH (e:Evidence {id: evidenceId})
    RETURN {kind: 'problem', key: p.key, name: p.theme, written: m.text, status: null, detail: p.theme,
            sectionRole: m.sectionRole, start: e.start, end: e.end, linked: false} AS fact
    UNION
    MATCH (r)-[:HAS_OBSERVATION]->(o:Observation)-[x:OF_INDICATOR]->(ind:Indicator)
    MATCH (e:Evidence)-[:SUPPORTS]->(o)
    RETURN {kind: 'indicator', key: ind.key, name: ind.name, written: x.name, status: o.status,
            detail: toString(o.value) + coalesce(o.unit, '')
                    + CASE WHEN o.change IS NULL THEN '' ELSE ' (' + toString(o.change) + coalesce(o.changeUnit, '') + ')' END
                    + CASE WHEN o.periodYear IS NULL THEN '' ELSE ' · ' + toString(o.periodYear) END,
            value: o.value, unit: o.unit,
            sectionRole: null, start: e.start, end: e.end, linked: false} AS fact
  } AS facts
