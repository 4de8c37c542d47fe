using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyGraph.Api.Hosting;

/// <summary>
/// Per-client fixed windows of one minute, a client being its remote address: every request counts against
/// <see cref="ApiOptions.RequestsPerMinute"/>, and writes (<see cref="WritePolicy"/>) against
/// <see cref="ApiOptions.WritesPerMinute"/> as well. A refused request gets 429 problem details with <c>Retry-After</c>.
/// </summary>
public static class RateLimits
{
    public const string WritePolicy = "writes";

    /// <summary>Requests with no remote address (the in-process test server, a Unix socket) share this partition.</summary>
    public const string NoAddress = "no-address";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>The partition a request counts against; the request log names it too.</summary>
    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress switch
    {
        null => NoAddress,
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        IPAddress address => address.ToString(),
    };

    public static void Configure(RateLimiterOptions options, ApiOptions api)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => PerMinute(ClientOf(context), api.RequestsPerMinute));
        options.AddPolicy(WritePolicy, context => PerMinute(ClientOf(context), api.WritesPerMinute));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = RejectAsync;
    }

    private static RateLimitPartition<string> PerMinute(string client, int permits) => permits == 0
        ? RateLimitPartition.GetNoLimiter(client)
        : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var context = rejected.HttpContext;
        var detail = "Too many requests from this address; try again later.";
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"Too many requests from this address; try again in {seconds} s.";
        }
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = detail },
        });
    }
}
