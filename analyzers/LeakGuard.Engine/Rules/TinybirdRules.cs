using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TinybirdRules
{
    private static readonly Remediation Remediation = new("https://www.tinybird.co/docs/concepts/auth-tokens", "Tinybird:Token", "TINYBIRD_TOKEN");

    // A workspace token: "p.", base 64 of its JSON (user, id, host) and a signature. Admin tokens manage the workspace;
    // read tokens may be published on purpose, so the rule is of medium confidence.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "tinybird-token",
            "Tinybird",
            "Tinybird token",
            Patterns.Token("p\\.eyJ1IjogI[A-Za-z0-9+/_-]{60,400}\\.[A-Za-z0-9_-]{20,64}", Patterns.UrlSafeOrDot),
            new[] { "p.eyJ1IjogI" },
            Remediation)
        {
            MinEntropy = 3.5,
            Confidence = Confidence.Medium,
        },
    };
}
