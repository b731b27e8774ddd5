using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WorkatoRules
{
    private static readonly Remediation Remediation = new("https://app.workato.com/members/api/clients", "Workato:ApiToken", "WORKATO_API_TOKEN");

    // A Workato developer API token: "wrka", the data centre ("us", "eu"…), '-' and a signed JWT. It manages the
    // workspace's recipes and connections.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "workato-api-token",
            "Workato",
            "Workato developer API token (wrkaus-eyJ…)",
            Patterns.Token("wrka[a-z]{2}-eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{10,600}\\.[A-Za-z0-9_-]{300,700}", Patterns.UrlSafeOrDot),
            new[] { "wrka" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => JwtRules.IsLive(value.Substring(value.IndexOf('-') + 1)),
        },
    };
}
