using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class Intra42Rules
{
    private static readonly Remediation Remediation = new("https://profile.intra.42.fr/oauth/applications", "Intra:ClientSecret", "INTRA42_CLIENT_SECRET");

    // The client secret of an application of 42 school's intranet: "s-s4t2ud-" (or "s-s4t2af-") and 64 hex digits.
    // Students' projects sign in with it and read every student's profile.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "intra42-client-secret",
            "42 (Intra)",
            "42 school intranet (Intra) OAuth client secret",
            Patterns.Token("s-s4t2(?:ud|af)-[a-f0-9]{64}", Patterns.UrlSafe),
            new[] { "s-s4t2ud-", "s-s4t2af-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
