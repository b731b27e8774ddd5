using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LemonSqueezyRules
{
    private static readonly Remediation Remediation = new("https://app.lemonsqueezy.com/settings/api", "LemonSqueezy:ApiKey", "LEMONSQUEEZY_API_KEY");

    // A Lemon Squeezy API key: an RS256 JWT for Lemon Squeezy's audience (the same "aud" in every key). It reads orders
    // and customers and manages the store's products and subscriptions.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "lemonsqueezy-api-key",
            "Lemon Squeezy",
            "Lemon Squeezy API key (a JWT for its audience)",
            Patterns.Token("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\\.eyJhdWQiOiI5NGQ1OWNlZi1kYmI4LTRlYTUtYjE3OC1kMjU0MGZjZDY5MTkiLC[A-Za-z0-9_-]{20,800}\\.[A-Za-z0-9_-]{300,700}", Patterns.UrlSafeOrDot),
            new[] { "eyJhdWQiOiI5NGQ1OWNlZi1kYmI4LTRlYTUtYjE3OC1kMjU0MGZjZDY5MTki" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = JwtRules.IsLive,
        },
    };
}
