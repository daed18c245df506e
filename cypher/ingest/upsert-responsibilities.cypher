// Departments the report makes responsible for projects; one edge per report and role.
UNWIND $rows.items AS row
MATCH (d:Department {key: row.departmentKey})
MATCH (p:Project {key: row.projectKey})
MERGE (d)-[x:RESPONSIBLE_FOR {reportId: $reportId, role: row.role}]->(p)
SET x.evidenceId = row.evidenceId
RETURN count(*) AS done
