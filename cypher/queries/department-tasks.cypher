// department-tasks: the tasks a department leads or supports, across documents, with the department as each task
// names it (质监局) beside its full name.
//
// Parameters:
//   $name  string  the department's full name or a part of it (市场监督管理局, 标准化); matched with CONTAINS, which the
//                  text index department_name answers
MATCH (department:Department)
WHERE department.name CONTAINS $name
MATCH (task:Task)-[role:LED_BY|SUPPORTED_BY]->(department)
MATCH (d:Document {id: task.docId})
RETURN department.name AS department,
       department.jurisdiction AS jurisdiction,
       CASE type(role) WHEN 'LED_BY' THEN 'lead' ELSE 'support' END AS part,
       role.asWritten AS asWritten,
       task.title AS task,
       d.id AS docId,
       d.title AS docTitle,
       d.level AS level,
       d.year AS year
ORDER BY department, year, docId, part;
