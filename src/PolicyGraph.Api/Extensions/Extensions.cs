using PolicyGraph.Core.Persistence;
using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using PolicyGraph.Api.Apis;
using PolicyGraph.Api.Hosting;
using PolicyGraph.Core.Citations;
using PolicyGraph.Core.Contract;
using PolicyGraph.Core.Precedent;
using PolicyGraph.Core.Queries;
using PolicyGraph.Core.Search;
using PolicyGraph.Core.Store;
using PolicyGraph.Ingest.Pipeline;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Api.Extensions;

public static class Extensions
{
    /// <summary>
    /// Registers the store and the query services over it (the only place the site and the API name the store: endpoints
    /// and pages ask the queries), the readers and the ingest pipeline, the contract's JSON and problem details, what
    /// guards the HTTP API (the API key for writes, request size and rate limits, CORS), and the OpenAPI document.
    /// </summary>
    public static IHostApplicationBuilder AddPolicyGraph(this IHostApplicationBuilder builder)
    {
        var options = new PolicyGraphOptions();
        builder.Configuration.Bind(options);
        options.Validate();
        builder.Services.AddSingleton(options);
        // One writer per data directory: this host, for as long as it runs (a second host or an ingest is refused, saying so).
        var data = new DataDirectory(options.Data);
        var writer = data.LockForWriting("the PolicyGraph web host");
        builder.Services.AddSingleton(_ => writer);
        builder.Services.AddSingleton(_ => data.OpenStore());
        builder.Services.AddSingleton(_ => data.OpenIndex());
        builder.Services.AddSingleton(QueryInterpreter.Instance);
        builder.Services.AddSingleton<SearchService>(sp => new SearchService(sp.GetRequiredService<ClauseIndex>(), sp.GetRequiredService<QueryInterpreter>()));
        builder.Services.AddSingleton<PrecedentService>();
        builder.Services.AddSingleton(new DocumentReaders(ReaderLimits.Default));
        builder.Services.AddSingleton(DocumentRegistry.Instance);
        builder.Services.AddSingleton<DocumentQueries>();
        builder.Services.AddSingleton<LineageService>();
        builder.Services.AddSingleton<IndicatorLadder>();
        builder.Services.AddSingleton<CoverageService>();
        builder.Services.AddSingleton<ComparisonService>();
        builder.Services.AddSingleton<Suggester>();
        builder.Services.AddSingleton(sp => new IngestPipeline(
            sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<DocumentReaders>(), sp.GetRequiredService<ClauseIndex>()));
        builder.Services.AddSingleton(sp => new IngestGate(sp.GetRequiredService<IngestPipeline>()));
        // The contract's JSON, without the command line's indentation: a third fewer bytes on every answer.
        builder.Services.Configure<JsonOptions>(o => ContractJson.Configure(o.SerializerOptions).WriteIndented = false);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context => ExplainLimits(context, options.Api));
        builder.AddApiGuards(options);
        builder.Services.AddOpenApi(ApiReference.DocumentName, ApiReference.Describe);
        return builder;
    }

    /// <summary>The API key scheme and the write policy, request size limits, per-client rate limits and CORS (see <see cref="ApiOptions"/>).</summary>
    private static void AddApiGuards(this IHostApplicationBuilder builder, PolicyGraphOptions options)
    {
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyAuthentication.Scheme, configureOptions: null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthentication.WritePolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.Scheme).RequireAuthenticatedUser());

        // Every body is capped at the upload limit by the server; JSON endpoints cap theirs lower (WithRequestBodyLimit).
        var api = options.Api;
        builder.Services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = api.MaxUploadBytes);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = api.MaxUploadBytes);

        builder.Services.AddRateLimiter(o => RateLimits.Configure(o, api));

        // Closed unless origins are configured: with none, no request gets CORS headers.
        builder.Services.AddCors(o => o.AddDefaultPolicy(p => p
            .WithOrigins(api.CorsOrigins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(HeaderNames.ContentType, ApiKeyAuthentication.HeaderName)));
    }

    /// <summary>Says which limit a 413 hit (the one the server applied to this request, else the endpoint's), and names 429's RFC.</summary>
    private static void ExplainLimits(ProblemDetailsContext context, ApiOptions api)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status413PayloadTooLarge && problem.Detail is null)
        {
            var limit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
                ?? context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                ?? api.MaxUploadBytes;
            problem.Detail = string.Create(CultureInfo.InvariantCulture, $"The request body is larger than this endpoint accepts ({limit} bytes).");
        }
        else if (problem.Status == StatusCodes.Status429TooManyRequests)
        {
            problem.Type ??= "https://tools.ietf.org/html/rfc6585#section-4";
        }
    }

    /// <summary>One structured log event per request (<see cref="RequestLog"/>); first in the pipeline, so it sees every answer.</summary>
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app) => app.UseMiddleware<RequestLog>();

    /// <summary>With no documents in the store, ingests the samples so that a fresh start shows something.</summary>
    public static void IngestSamplesOnFirstStart(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<DataDirectoryLock>();
        var store = app.Services.GetRequiredService<IGraphStore>();
        // The store is the truth: an index that fell behind (a crash mid-ingest, an older build) is brought in step.
        var (reindexed, removed) = app.Services.GetRequiredService<ClauseIndex>().Reconcile(store);
        if (reindexed + removed > 0)
        {
            app.Logger.LogWarning("The search index was out of step with the store: {Reindexed} documents re-indexed, {Removed} removed", reindexed, removed);
        }
        if (store.ListDocuments().Count > 0)
        {
            return;
        }
        var options = app.Services.GetRequiredService<PolicyGraphOptions>();
        var samples = options.Samples ?? FindSamples();
        if (samples is null || !Directory.Exists(samples))
        {
            app.Logger.LogWarning("The store is empty and no samples folder was found (set --samples DIR)");
            return;
        }
        var report = app.Services.GetRequiredService<IngestPipeline>().IngestPaths([samples]);
        app.Logger.LogInformation("First start: ingested {Ingested} sample documents from {Samples}, {Failed} failed",
            report.Ingested.Count, samples, report.Failed.Count);
        foreach (var failed in report.Failed)
        {
            app.Logger.LogWarning("Sample {Source} failed: {Error}", failed.Source, failed.Error);
        }
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PolicyGraph.sln")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                {
                    return Path.Combine(dir.FullName, "samples");
                }
            }
        }
        return null;
    }
}
