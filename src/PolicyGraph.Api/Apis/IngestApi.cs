using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PolicyGraph.Api.Hosting;
using PolicyGraph.Ingest.Pipeline;

namespace PolicyGraph.Api.Apis;

/// <summary>
/// <c>POST /api/ingest</c>: multipart files, each ingested as <c>ingest</c> ingests a file, answered with the same JSON.
/// Needs the API key. A file that cannot be read does not fail the request: the answer is 200 with the file listed
/// under <c>failed</c> with its reason, as the command line reports it, so that one bad file among several loses nothing.
/// </summary>
public static class IngestApi
{
    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/ingest", Ingest).WithTags("Ingest").WithName("Ingest")
            .WithSummary("Ingest uploaded documents (.txt, .html, .docx, .pdf, .doc, .wps): multipart/form-data, one part per file, API key in X-Api-Key")
            .WithDescription("Answers 200 with every file listed as ingested, unchanged or failed (with the reason); 400 when no file was sent or a file name is unusable "
                + "(only folders or dots, an invisible character, over 255 bytes, a Windows device name; any folder in a name is dropped), "
                + "401 for a missing or wrong key, 403 while the server has no key configured, 413 for a body over the upload limit, 429 when too many writes come from one address.")
            .RequireAuthorization(ApiKeyAuthentication.WritePolicy)
            .RequireRateLimiting(RateLimits.WritePolicy)
            // Callers authenticate with the API key, not a cookie, so there is no cross-site request to forge.
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    public static async Task<Results<Ok<IngestReport>, ProblemHttpResult>> Ingest(IFormFileCollection files, IngestGate gate, CancellationToken cancellation)
    {
        if (files.Count == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No files",
                detail: "Send the documents as multipart/form-data, one file part per document.");
        }
        // Every name is checked before any file is read, so that a request with a bad one ingests nothing.
        var names = new List<string>(files.Count);
        foreach (var file in files)
        {
            if (UploadName.Of(file.FileName, out var reason) is not { } name)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad file name",
                    detail: $"File name '{UploadName.Printable(file.FileName)}': {reason}. Nothing was ingested.");
            }
            names.Add(name);
        }
        var uploads = new List<Upload>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            using var buffer = new MemoryStream(checked((int)files[i].Length));
            await files[i].CopyToAsync(buffer, cancellation);
            uploads.Add(new Upload(names[i], buffer.ToArray()));
        }
        return TypedResults.Ok(await gate.IngestAsync(uploads, cancellation));
    }
}
