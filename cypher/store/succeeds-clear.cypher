// Before the national generations are written again: every SUCCEEDS goes. Parameters: none.
MATCH (:Document)-[r:SUCCEEDS]->(:Document)
DELETE r;
