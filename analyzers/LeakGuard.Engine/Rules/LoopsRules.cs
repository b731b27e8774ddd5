using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class LoopsRules
{
    private static readonly Remediation Remediation = new("https://app.loops.so/settings?page=api", "Loops:ApiKey", "LOOPS_API_KEY");

    // A Loops API key: 32 hex digits, given to the client or under its name. It sends the account's email.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "loops-api-key",
            "Loops",
            "Loops API key (32 hex digits)",
            "new LoopsClient\\([ \t]{0,3}[\"'](?<secret>[0-9a-f]{32})[\"']|" + Patterns.AssignedTo("loops_?(?:so_?)?api_?key", "[0-9a-f]{32}"),
            new[] { "LoopsClient(", "loops_api", "loopsapi", "loops_so", "loopsso" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
