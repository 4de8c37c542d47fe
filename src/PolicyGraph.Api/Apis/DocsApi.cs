using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PolicyGraph.Core.Contract;
using PolicyGraph.Core.Queries;

namespace PolicyGraph.Api.Apis;

/// <summary><c>GET /api/docs</c> and <c>GET /api/docs/{id}</c>: the same JSON as <c>docs</c> and <c>show</c>.</summary>
public static class DocsApi
{
    public static IEndpointRouteBuilder MapDocsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/docs").WithTags("Documents");
        api.MapGet("/", ListDocuments).WithName("ListDocuments").WithSummary("Every ingested document with its metadata");
        api.MapGet("/{id}", GetDocument).WithName("GetDocument").WithSummary("One document: outline, clauses, tasks, indicators, citations")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Ok<List<DocumentSummary>> ListDocuments(DocumentQueries documents) =>
        TypedResults.Ok(documents.Catalogue().Select(e => e.Document).ToList());

    public static Results<Ok<DocumentDetail>, ProblemHttpResult> GetDocument(string id, DocumentQueries documents) =>
        documents.View(id) is { } view
            ? TypedResults.Ok(view.Detail)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found", detail: $"No document with id '{id}'.");
}
