using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SourcegraphRules
{
    private static readonly Remediation Remediation = new("https://sourcegraph.com/user/settings/tokens", "Sourcegraph:AccessToken", "SRC_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "sourcegraph-access-token",
            "Sourcegraph",
            "Sourcegraph access token",
            Patterns.Token("sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}"),
            new[] { "sgp_" },
            Remediation)
        {
            MinEntropy = 3,
        },

        // A Cody Gateway access token ("slk_" and 64 hex digits, derived from a license key): LLM use billed to the
        // license.
        new SecretRule(
            "sourcegraph-cody-gateway-token",
            "Sourcegraph",
            "Sourcegraph Cody Gateway access token",
            Patterns.Token("slk_[a-f0-9]{64}"),
            new[] { "slk_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
