using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PolicyGraph.Api.Hosting;

/// <summary>
/// Writes need the configured API key (<c>POLICYGRAPH_API_KEY</c>) in the <c>X-Api-Key</c> header. An endpoint asks for
/// it with <c>RequireAuthorization(ApiKeyAuthentication.WritePolicy)</c>, so the key is checked before the body is read.
/// Answers are problem details: 401 for a missing or wrong key, 403 while no key is configured (writes are disabled).
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string WritePolicy = "Writes";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Constant-time comparison: hashing first gives equal lengths, so neither the content nor the length of the key leaks through timing.</summary>
    public static bool Matches(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));
}

/// <summary>Authenticates a request carrying the configured key; answers the challenge of one that does not with problem details.</summary>
internal sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PolicyGraphOptions settings, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!settings.WritesEnabled || GivenKey() is not { } given)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        if (!ApiKeyAuthentication.Matches(settings.ApiKey!, given))
        {
            return Task.FromResult(AuthenticateResult.Fail("wrong API key"));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "api-key")], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!settings.WritesEnabled)
        {
            return WriteProblem(StatusCodes.Status403Forbidden, "Writes are disabled",
                $"Writes are disabled until {PolicyGraphOptions.ApiKeyVariable} is set on the server.");
        }
        Response.Headers.WWWAuthenticate = $"{ApiKeyAuthentication.Scheme} header=\"{ApiKeyAuthentication.HeaderName}\"";
        return GivenKey() is null
            ? WriteProblem(StatusCodes.Status401Unauthorized, "API key required", $"Send the API key in the {ApiKeyAuthentication.HeaderName} header.")
            : WriteProblem(StatusCodes.Status401Unauthorized, "Wrong API key", $"The key in the {ApiKeyAuthentication.HeaderName} header is not the configured one.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblem(StatusCodes.Status403Forbidden, "Forbidden", "The API key does not allow this request.");

    private string? GivenKey() =>
        Request.Headers.TryGetValue(ApiKeyAuthentication.HeaderName, out var values) && values.Count == 1 && !string.IsNullOrEmpty(values[0])
            ? values[0]
            : null;

    private Task WriteProblem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
