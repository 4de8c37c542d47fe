using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PolicyGraph.Api.Hosting;

/// <summary>
/// One structured log event per request, when it is answered: method, path (without the query string), status,
/// elapsed milliseconds and the client (the rate-limit partition: the remote address). Headers and bodies are never
/// logged, so neither is the API key nor an uploaded document.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            await next(context);
            failed = false;
        }
        finally
        {
            // An exception that got past the exception handler ends the request as a server error.
            var status = failed && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
            Answered(logger, context.Request.Method, context.Request.Path.Value ?? "/", status,
                Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), RateLimits.ClientOf(context));
        }
    }

    [LoggerMessage(EventId = 1, EventName = "RequestAnswered", Level = LogLevel.Information,
        Message = "{Method} {Path} answered {StatusCode} in {ElapsedMs} ms for {Client}")]
    private static partial void Answered(ILogger logger, string method, string path, int statusCode, double elapsedMs, string client);
}
