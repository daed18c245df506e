// :param issuer => "国务院"
// :param year => 2023
// :param outcome => null
// :param skip => 0
// :param limit => 100
// :param doneWords => ["建成","投运","投入运行","投入使用","投用","投产","竣工","完工","通车","交付","落成","通过验收","全面完成","如期完成","顺利完成","圆满完成","揭牌","挂牌","开馆","开园","上线运行","实现全覆盖","投入运营","开诊","开业","开通","通水","并网","启用"]
// :param startWords => ["开工","动工","开建","启动建设"]
// :param familyMarks => ["+","＋"]
// :param classSuffixes => ["示范基地","专项行动","三年行动","行动计划","示范区","先行区","试验区","行动","工程","项目","计划","试点","活动","建设","基地","战"]
// :param nameModifiers => ["快速","高速","全国","国家级","省级","重点","重大"]
// :param quotedCoreEnds => ["工作","活动","行动","工程","建设","计划","试点","项目","斗争","。","；","，","、"]
// :param doneReach => 4
// :param coreLength => 5
// :param notePattern => "(?:\\s*[0-9]+[.．、]\\s*“?[^，。：:]{1,40}”?[：:]|\\s*[0-9]+[.．、]\\s*“[^”]{1,40}”[^，。；：:]{0,10}$|\\s*[：:])[\\s\\S]*"
// One page of commitments, with what the later reports of the same scope said of them.
// Two kinds:
// - a project a report promised (a sentence naming it in a plan or targets section, or
//   a mention whose status is planned):
//     REPORTED_DONE        a later report says it is completed: its status, or a review
//                          sentence that names it beside a completion verb ($doneWords:
//                          建成, 投入运行, 竣工…; in a plan section such a verb is a promise)
//     REPEATED             a later report promises it again (a sign of slippage): a
//                          sentence in a plan or targets section names it
//     IN_PROGRESS          a later report mentions it, neither done nor promised again
//     NOT_MENTIONED_AGAIN  later reports of the scope exist and none names it
//     PENDING              no later report of the scope exists yet
//   A family prefix (互联网+, its names ending in one of $familyMarks) is named by a
//   sentence only where no Han character follows it: 互联网+监管 is another programme.
//   A numbered glossary entry ($notePattern) explains a name and promises nothing.
//   A project no later mention was linked to is looked for in the later reports' text
//   under its names, quoted when shorter than four characters, and under what is left
//   without a class word ($classSuffixes: 示范基地, 工程…) or a word of rank or speed
//   ($nameModifiers: 快速, 重点…), $coreLength characters or more; never in a problems section.
//   A completion verb counts only within $doneReach characters after the name, so the
//   name is not the head of a longer one (海南自由贸易港国际服务门户上线运行).
// - a quantified task: an annual target of an amount (a level, not a rate) in a sentence
//   that names no project (建设保障性住房100万套), judged by the outcome the target pairing found:
//     REPORTED_DONE        the outcome meets or exceeds it
//     IN_PROGRESS          an outcome is stated and falls short
//     NOT_MENTIONED_AGAIN  later reports of the scope exist and none states an outcome
//     PENDING              no later report of the scope exists yet
// "Later" is a later year, or the same year and a later period (H1 < H2 < FY).
CALL () {
  MATCH (r:Report)
  WHERE r.year IS NOT NULL
    AND ($issuer IS NULL OR r.issuer CONTAINS $issuer
         OR EXISTS { MATCH (i:Issuer)-[:ISSUED]->(r) WHERE i.key = $issuer OR i.name CONTAINS $issuer })
    AND ($year IS NULL OR r.year = $year)
  // The report's plan spans are read once, not once for every sentence that names a project.
  WITH r, COLLECT { MATCH (s:Section {reportId: r.id}) WHERE s.role IN ['plan', 'targets'] RETURN [s.start, s.end] } AS planSpans,
       COLLECT { MATCH (s:Section {reportId: r.id}) WHERE s.role IN ['review', 'problems'] RETURN [s.start, s.end] } AS pastSpans
  MATCH (r)-[m:MENTIONS_PROJECT]->(p:Project)
  WITH r, m, p, planSpans, pastSpans,
       [n IN [p.name] + coalesce(p.aliases, []) | reduce(s = n, mark IN $familyMarks | replace(s, mark, $familyMarks[0]))] AS names
  WITH r, m, p, names, [n IN names WHERE n ENDS WITH $familyMarks[0]] AS familyNames, planSpans, pastSpans
  WITH r, m, p, names, familyNames, pastSpans,
       COLLECT {
         MATCH (r)-[:HAS_EVIDENCE]->(e:Evidence)-[:SUPPORTS]->(p)
         WHERE any(span IN planSpans WHERE span[0] <= e.start AND e.start < span[1])
           AND NOT e.text =~ $notePattern
           AND (size(familyNames) = 0 OR any(n IN names WHERE
                  CASE WHEN n IN familyNames
                    THEN any(rest IN tail(split(reduce(s = e.text, mark IN $familyMarks | replace(s, mark, $familyMarks[0])), n)) WHERE NOT rest =~ '\\p{IsHan}[\\s\\S]*')
                    ELSE reduce(s = e.text, mark IN $familyMarks | replace(s, mark, $familyMarks[0])) CONTAINS n END))
         RETURN e ORDER BY e.start
       } AS promises
  WHERE size(promises) > 0 OR m.status = 'planned'
  // A planned mention with no plan sentence: its own sentences, under the same tests,
  // except those in a review or problems section, which tell what was done (…新入选国家
  // 农业品牌精品培育计划), not what will be.
  WITH r, m, p, names, familyNames, promises,
       CASE WHEN size(promises) > 0 THEN [] ELSE COLLECT {
         MATCH (e:Evidence) WHERE e.id IN coalesce(m.evidenceIds, []) AND NOT e.text =~ $notePattern
           AND none(span IN pastSpans WHERE span[0] <= e.start AND e.start < span[1])
           AND (size(familyNames) = 0 OR any(n IN names WHERE
                  CASE WHEN n IN familyNames
                    THEN any(rest IN tail(split(reduce(s = e.text, mark IN $familyMarks | replace(s, mark, $familyMarks[0])), n)) WHERE NOT rest =~ '\\p{IsHan}[\\s\\S]*')
                    ELSE reduce(s = e.text, mark IN $familyMarks | replace(s, mark, $familyMarks[0])) CONTAINS n END))
         RETURN e ORDER BY e.start
       } END AS mentioned
  WHERE size(promises) > 0 OR size(mentioned) > 0
  WITH r, m, p, names, familyNames, promises, mentioned, r.year * 10 + CASE r.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END AS at
  // The later reports and their texts, read once for the report rather than once for
  // every project it names that no later mention links to.
  CALL (r, at) {
    MATCH (later:Report {scope: r.scope})
    WITH later, later.year * 10 + CASE later.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END AS laterAt
    WHERE later.year IS NOT NULL AND laterAt > at
    ORDER BY laterAt, later.id
    RETURN collect(later {.id, .title, .year, .period, .kind, .issuer, .region, .text, at: laterAt}) AS laters
  }
  CALL (r, p, at, names, familyNames) {
    MATCH (later:Report {scope: r.scope})-[lm:MENTIONS_PROJECT]->(p)
    WHERE later.year IS NOT NULL AND later.year * 10 + CASE later.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END > at
    WITH later, lm, later.year * 10 + CASE later.period WHEN 'H1' THEN 1 WHEN 'H2' THEN 2 ELSE 3 END AS laterAt,
         [n IN coalesce(lm.names, []) + [lm.name] WHERE n IS NOT NULL | reduce(s = n, mark IN $familyMarks | replace(s, mark, $familyMarks[0]))] + names AS written,
         COLLECT { MATCH (s:Section {reportId: later.id}) WHERE s.role IN ['plan', 'targets'] RETURN [s.start, s.end] } AS planSpans
    WITH later, lm, laterAt, written,
         COLLECT {
           MATCH (later)-[:HAS_EVIDENCE]->(e:Evidence)-[:SUPPORTS]->(p)
           WITH e, reduce(s = e.text, mark IN $familyMarks | replace(s, mark, $familyMarks[0])) AS norm
           WHERE size(familyNames) = 0 OR any(n IN names WHERE
                   CASE WHEN n IN familyNames
                     THEN any(rest IN tail(split(norm, n)) WHERE NOT rest =~ '\\p{IsHan}[\\s\\S]*')
                     ELSE norm CONTAINS n END)
           RETURN e {.id, .reportId, .text, .start, .end,
                     norm: norm,
                     mine: e.id IN coalesce(lm.evidenceIds, []),
                     plan: any(span IN planSpans WHERE span[0] <= e.start AND e.start < span[1])}
           ORDER BY e.start
         } AS said
    WHERE size(familyNames) = 0 OR size(said) > 0
    ORDER BY laterAt, later.id
    RETURN collect({
      report: later {.id, .title, .year, .period, .kind, .issuer, .region},
      baseStatus: lm.status,
      review: [e IN said WHERE NOT e.plan | {text: e.norm, names: [n IN written WHERE e.norm CONTAINS n]}],
      nameAsWritten: lm.name, sectionRole: lm.sectionRole,
      // Promised again only by a plan sentence: a review sentence the status calls
      // planned (深入实施 in a review) reports work under way.
      promisedAgain: any(e IN said WHERE e.plan) OR (lm.status = 'planned' AND size(said) = 0),
      evidence: CASE WHEN size(familyNames) = 0
                  THEN COLLECT { MATCH (e:Evidence) WHERE e.id IN coalesce(lm.evidenceIds, []) RETURN e {.id, .reportId, .text, .start, .end} ORDER BY e.start }
                  ELSE [e IN said WHERE e.mine | e {.id, .reportId, .text, .start, .end}] END
    }) AS linked
  }
  // No later mention linked: the later reports' own words, under the names or their core.
  CALL (p, linked, laters) {
    WITH laters, [n IN [p.name] + coalesce(p.aliases, []) | replace(replace(n, '“', ''), '”', '')] AS bare
    WHERE size(linked) = 0 AND size(laters) > 0
    WITH laters, bare, bare + reduce(cut = [], n IN bare |
           cut + [s IN $classSuffixes WHERE n ENDS WITH s AND size(n) - size(s) >= $coreLength | left(n, size(n) - size(s))]) AS cut
    UNWIND cut + reduce(less = [], n IN cut |
             less + [w IN $nameModifiers WHERE n CONTAINS w AND size(n) - size(w) >= $coreLength | replace(n, w, '')]) AS core
    WITH laters, bare, core WHERE none(mark IN $familyMarks WHERE core ENDS WITH mark)
    WITH DISTINCT laters, bare, core ORDER BY size(core) DESC, core
    WITH laters, bare, collect(core) AS cores
    // A core too short to be looked for alone is still the name where a later report
    // quotes it and a class word or the clause's end follows ($quotedCoreEnds): 双拥活动 →
    // 深入开展“双拥”工作, but not 七五科技攻关计划 → 比“七五”时期增长.
    WITH laters, cores, reduce(short = [], n IN bare |
           short + [s IN $classSuffixes WHERE n ENDS WITH s AND size(n) - size(s) >= 2 AND size(n) - size(s) < $coreLength
                    | '“' + left(n, size(n) - size(s)) + '”']) AS quotedCores
    UNWIND laters AS later
    WITH later, later.at AS laterAt,
         coalesce([c IN cores WHERE CASE WHEN size(c) >= 4 THEN later.text CONTAINS c ELSE size(c) >= 2 AND later.text CONTAINS '“' + c + '”' END][0],
                  head(reduce(hits = [], c IN quotedCores | hits + [end IN $quotedCoreEnds WHERE later.text CONTAINS c + end | c + end]))) AS core
    WHERE core IS NOT NULL
    WITH later, laterAt, core, size(split(later.text, core)[0]) AS hit
    WITH later, laterAt, core, hit,
         last(split(last(split(last(split(substring(later.text, CASE WHEN hit > 300 THEN hit - 300 ELSE 0 END, CASE WHEN hit > 300 THEN 300 ELSE hit END), '。')), '；')), '\n')) AS head,
         split(split(split(substring(later.text, hit, 300), '。')[0], '；')[0], '\n')[0] AS tail
    WITH later, laterAt, core, hit, hit - size(head) AS start,
         hit + size(tail) + CASE WHEN substring(later.text, hit + size(tail), 1) IN ['。', '；'] THEN 1 ELSE 0 END AS end,
         EXISTS { MATCH (s:Section {reportId: later.id}) WHERE s.role IN ['plan', 'targets'] AND s.start <= hit AND hit < s.end } AS plan,
         COLLECT { MATCH (s:Section {reportId: later.id}) WHERE s.start <= hit AND hit < s.end RETURN s.role ORDER BY s.level DESC }[0] AS role
    WHERE coalesce(role, '') <> 'problems'
    WITH later, laterAt, core, start, end, plan, role, substring(later.text, start, end - start) AS text
    ORDER BY laterAt, later.id
    RETURN collect({
      report: later {.id, .title, .year, .period, .kind, .issuer, .region},
      baseStatus: CASE WHEN plan THEN 'planned' ELSE 'ongoing' END,
      review: CASE WHEN plan THEN [] ELSE [{text: text, names: [core]}] END,
      nameAsWritten: core, sectionRole: role, promisedAgain: plan,
      evidence: [{id: later.id + ':' + toString(start) + '-' + toString(end), reportId: later.id, text: text, start: start, end: end}]
    }) AS found
  }
  // Done (or started) in so many words: a review sentence with a completion (start) verb
  // in the clause after the name, close to it, or ending the clause before it
  // (全面投运共和机场). In a list the verb stands after its last item (A、B等工程开工建设) or
  // before its first (建成A、B、C). Each name's clauses are cut once, then every verb is
  // tried on them: [after the name, before it, the list's head, the list's tail ('' outside a list)].
  WITH r, m, p, names, size(laters) AS laterReports, coalesce(promises[0], mentioned[0]) AS promise,
       [f IN linked + found | {f: f, clauses: reduce(all = [], sentence IN f.review | all + [n IN sentence.names |
          [split(split(split(split(split(sentence.text, n)[1], '，')[0], '；')[0], '。')[0], ',')[0],
           last(split(last(split(last(split(split(sentence.text, n)[0], '，')), '；')), '。'))]])}] AS cut
  WITH r, m, p, names, laterReports, promise,
       [x IN cut | {f: x.f, clauses: [c IN x.clauses |
          [c[0],
           c[1],
           CASE WHEN c[1] ENDS WITH '、' THEN split(c[1], '、')[0] ELSE '' END,
           CASE WHEN c[0] CONTAINS '、' AND size(split(c[0], '、')[0]) <= $doneReach AND c[0] CONTAINS '等' THEN last(split(c[0], '等')) ELSE '' END]]}] AS cut
  WITH r, m, p, names, laterReports, promise,
       [x IN cut | {f: x.f,
          done: any(c IN x.clauses WHERE any(w IN $doneWords WHERE
                  left(c[0], size(w) + $doneReach) CONTAINS w OR c[1] ENDS WITH w OR left(c[2], size(w) + 2) CONTAINS w OR left(c[3], size(w) + $doneReach) CONTAINS w)),
          start: any(c IN x.clauses WHERE any(w IN $startWords WHERE
                  left(c[0], size(w) + $doneReach) CONTAINS w OR c[1] ENDS WITH w OR left(c[2], size(w) + 2) CONTAINS w OR left(c[3], size(w) + $doneReach) CONTAINS w))}] AS judged
  WITH r, m, p, names, laterReports, promise,
       [j IN judged | {report: j.f.report, nameAsWritten: j.f.nameAsWritten, sectionRole: j.f.sectionRole,
          promisedAgain: j.f.promisedAgain, evidence: j.f.evidence,
          status: CASE WHEN j.done THEN 'completed' WHEN j.start AND j.f.baseStatus <> 'completed' THEN 'started' ELSE j.f.baseStatus END,
          startSaid: j.start AND NOT j.done AND j.f.baseStatus <> 'completed'}] AS followUps
  // A promise to start works is kept when a later review says the works started. The
  // promise is to start when the clause naming the project has a start verb and no
  // completion verb (开工建设A、B、C等重点项目), or has neither and the next clause ends
  // in a start verb, naming nothing else (加快A、B项目前期工作，力争早日开工建设).
  WITH r, m, p, laterReports, followUps, promise,
       split(promise.text, coalesce(head([n IN names WHERE promise.text CONTAINS n]), m.name)) AS around
  WITH r, m, p, laterReports, followUps, promise,
       last(split(last(split(around[0], '，')), '；')) + '|' + split(replace(coalesce(around[1], ''), '；', '，'), '，')[0] AS clause,
       split(coalesce(split(replace(coalesce(around[1], ''), '；', '，'), '，')[1], ''), '。')[0] AS nextClause
  WITH r, m, p, laterReports, followUps, promise,
       CASE
         WHEN any(w IN $doneWords WHERE clause CONTAINS w) THEN false
         WHEN any(w IN $startWords WHERE clause CONTAINS w) THEN true
         ELSE any(w IN $startWords WHERE nextClause CONTAINS w AND size(last(split(nextClause, w))) <= 2) AND none(w IN $doneWords WHERE nextClause CONTAINS w)
       END AS startPromised
  WITH r, m, p, followUps, promise,
       CASE
         WHEN any(f IN followUps WHERE f.status = 'completed') THEN 'REPORTED_DONE'
         WHEN startPromised AND any(f IN followUps WHERE f.startSaid) THEN 'REPORTED_DONE'
         WHEN any(f IN followUps WHERE f.promisedAgain) THEN 'REPEATED'
         WHEN size(followUps) > 0 THEN 'IN_PROGRESS'
         WHEN laterReports > 0 THEN 'NOT_MENTIONED_AGAIN'
         ELSE 'PENDING'
       END AS outcome
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
