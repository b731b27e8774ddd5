using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RapidApiRules
{
    private static readonly Remediation Remediation = new("https://rapidapi.com/developer/apps", "RapidApi:Key", "RAPIDAPI_KEY");

    // The "X-RapidAPI-Key" of every API sold on RapidAPI: hex digits with "msh", "p" and "jsn" at fixed places.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Lower-case hex since RapidAPI; the keys Mashape issued before, still accepted, have the same layout in letters
        // of both cases and digits.
        new SecretRule(
            "rapidapi-key",
            "RapidAPI",
            "RapidAPI application key",
            Patterns.Token("[0-9A-Za-z]{10}msh[0-9A-Za-z]{15}p[0-9A-Za-z]{6}jsn[0-9A-Za-z]{12}", Patterns.Base62),
            new[] { "jsn" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
