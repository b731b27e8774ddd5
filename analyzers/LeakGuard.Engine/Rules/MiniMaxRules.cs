using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MiniMaxRules
{
    private static readonly Remediation Remediation = new("https://platform.minimax.io/user-center/basic-information/interface-key", "MiniMax:ApiKey", "MINIMAX_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "minimax-api-key",
            "MiniMax",
            "MiniMax API key (sk-api-)",
            Patterns.Token("sk-api-[A-Za-z0-9_-]{100,140}"),
            new[] { "sk-api-" },
            Remediation)
        {
            MinEntropy = 4,
        },
    };
}
