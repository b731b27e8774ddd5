using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class DandelionRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://dandelion.eu/profile/dashboard/", "Dandelion:Token", "DANDELION_TOKEN");

    // A Dandelion text analytics token: 32 hex digits, the token of an api.dandelion.eu URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "dandelion-api-token",
            "Dandelion",
            "Dandelion API token (32 hex digits for api.dandelion.eu)",
            Patterns.QueryParameter("api\\.dandelion\\.eu/", "token", Key) + "|" + Patterns.AssignedTo("dandelion_?(?:api_?)?(?:token|key)", Key),
            new[] { "dandelion" },
            Remediation)
        {
            MinEntropy = 3,
            ReferencedValue = Key,
        },
    };
}
