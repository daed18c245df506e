// Indicators the report's observations measure, merged on their resolved key.
// Each is marked :Unsettled: the settle step after the batch refreshes its derived properties.
UNWIND $rows.items AS row
MERGE (i:Indicator {key: row.key})
  ON CREATE SET i.name = row.canonical, i.aliases = [], i.scope = row.scope,
                i.mergeRule = row.mergeRule, i.mergeScore = row.mergeScore
SET i:Unsettled
RETURN count(*) AS done
