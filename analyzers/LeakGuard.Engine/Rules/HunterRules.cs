using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class HunterRules
{
    private const string Key = "[0-9a-f]{40}";

    private static readonly Remediation Remediation = new("https://hunter.io/api-keys", "Hunter:ApiKey", "HUNTER_API_KEY");

    // A Hunter.io API key: 40 hex digits on an api.hunter.io URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "hunter-api-key",
            "Hunter",
            "Hunter.io API key (40 hex digits)",
            Patterns.QueryParameter("api\\.hunter\\.io/", "api_key", Key) + "|" + Patterns.AssignedTo("hunter_?(?:io_?)?api_?key", Key),
            new[] { "hunter.io", "hunter_api", "hunterapi", "hunter_io", "hunterio" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
