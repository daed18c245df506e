// Indicators the report's observations measure, merged on their resolved key.
UNWIND $rows AS row
MERGE (i:Indicator {key: row.key})
  ON CREATE SET i.name = row.canonical, i.aliases = [], i.scope = row.scope,
                i.mergeRule = row.mergeRule, i.mergeScore = row.mergeScore
RETURN count(*) AS done
