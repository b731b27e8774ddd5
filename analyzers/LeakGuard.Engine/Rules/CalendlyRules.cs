using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CalendlyRules
{
    private static readonly Remediation Remediation = new("https://calendly.com/integrations/api_webhooks", "Calendly:PersonalAccessToken", "CALENDLY_API_TOKEN");

    // A Calendly personal access token: a JWT whose header is the same in every token (Calendly's key id, "typ":"PAT",
    // ES256). It reads and books the user's events.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "calendly-personal-access-token",
            "Calendly",
            "Calendly personal access token (a JWT of type PAT)",
            Patterns.Token("eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ\\.eyJ[A-Za-z0-9_-]{20,1000}\\.[A-Za-z0-9_-]{86}", Patterns.UrlSafeOrDot),
            new[] { "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = JwtRules.IsLive,
        },
    };
}
