using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RailwayRules
{
    private static readonly Remediation Remediation = new("https://railway.com/account/tokens", "Railway:Token", "RAILWAY_TOKEN");

    // A Railway API or project token: a UUID, which only its name tells apart. It deploys to, and reads the variables of,
    // the project or account.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "railway-token",
            "Railway",
            "Railway API or project token (a UUID under its name)",
            Patterns.AssignedTo("railway_?(?:api_?|project_?)?token", Patterns.Uuid),
            new[] { "railway_", "railwaytoken", "railwayapitoken", "railwayprojecttoken" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
