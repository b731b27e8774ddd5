using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class CozeRules
{
    private static readonly Remediation Remediation = new("https://www.coze.com/open/oauth/pats", "Coze:ApiToken", "COZE_API_TOKEN");

    private static readonly string[] Context = { "coze" };

    // A personal access token: "pat_" and 64 letters and digits. It runs the workspace's bots and workflows. "pat_" is
    // common, so Coze must be nearby.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "coze-access-token",
            "Coze",
            "Coze personal access token (pat_ next to Coze)",
            Patterns.Token("pat_[A-Za-z0-9]{64}"),
            Context,
            Remediation,
            minEntropy: 4),
    };
}
