namespace PolicyGraph.Core.Linking;

/// <summary>
/// (:Clause)-[:IMPLEMENTS {score, evidence}]->(:Clause): a child clause restates a parent clause. <see cref="Inferred"/>
/// marks a link to a sibling that implements the same parent, drawn when the parent's own text is not ingested.
/// </summary>
public sealed record ClauseLink(
    string ChildClauseId,
    string ParentClauseId,
    string ChildDocId,
    string ParentDocId,
    double Score,
    string Evidence,
    bool Inferred);
