using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MondayRules
{
    private static readonly Remediation Remediation = new("https://developer.monday.com/api-reference/docs/authentication", "Monday:ApiToken", "MONDAY_API_TOKEN");

    // A monday.com API token: a JWT with the compact header {"alg":"HS256"} whose claims start {"tid": and name the
    // user (uid) and its permissions (per). It acts as the user on every board.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "monday-api-token",
            "monday.com",
            "monday.com API token (a JWT with tid, uid and per claims)",
            Patterns.Token("eyJhbGciOiJIUzI1NiJ9\\.eyJ0aWQiOj[A-Za-z0-9_-]{20,400}\\.[A-Za-z0-9_-]{43}", Patterns.UrlSafeOrDot),
            new[] { "eyJhbGciOiJIUzI1NiJ9.eyJ0aWQiOj" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => JwtRules.IsLive(value) && JwtRules.Payload(value) is { } claims && claims.Contains("\"uid\"") && claims.Contains("\"per\""),
        },
    };
}
