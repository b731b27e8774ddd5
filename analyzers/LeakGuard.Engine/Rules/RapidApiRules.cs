using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RapidApiRules
{
    private static readonly Remediation Remediation = new("https://rapidapi.com/developer/apps", "RapidApi:Key", "RAPIDAPI_KEY");

    // The "X-RapidAPI-Key" of every API sold on RapidAPI: hex digits with "msh", "p" and "jsn" at fixed places.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rapidapi-key",
            "RapidAPI",
            "RapidAPI application key",
            Patterns.Token("[0-9a-f]{10}msh[0-9a-f]{15}p[0-9a-f]{6}jsn[0-9a-f]{12}", Patterns.Base62),
            new[] { "jsn" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
