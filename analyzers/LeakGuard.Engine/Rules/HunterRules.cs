using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HunterRules
{
    private static readonly Remediation Remediation = new("https://hunter.io/api-keys", "Hunter:ApiKey", "HUNTER_API_KEY");

    // A Hunter.io API key: 40 hex digits on an api.hunter.io URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "hunter-api-key",
            "Hunter",
            "Hunter.io API key (40 hex digits)",
            Patterns.QueryParameter("api\\.hunter\\.io/", "api_key", "[0-9a-f]{40}") + "|" + Patterns.AssignedTo("hunter_?(?:io_?)?api_?key", "[0-9a-f]{40}"),
            new[] { "hunter.io", "hunter_api", "hunterapi", "hunter_io", "hunterio" },
            Remediation)
        {
            ReferencedValue = "[0-9a-f]{40}",
            MinEntropy = 3,
        },
    };
}
