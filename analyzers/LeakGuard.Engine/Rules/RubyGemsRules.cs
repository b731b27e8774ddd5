using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class RubyGemsRules
{
    private static readonly Remediation Remediation = new("https://rubygems.org/profile/api_keys", "RubyGems:ApiKey", "GEM_HOST_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "rubygems-api-key",
            "RubyGems",
            "RubyGems API key",
            Patterns.Token("rubygems_[a-f0-9]{48}", Patterns.Base62),
            new[] { "rubygems_" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
