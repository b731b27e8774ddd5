using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SegmentRules
{
    private static readonly Remediation Remediation = new("https://app.segment.com/goto-my-workspace/settings/access-management", "Segment:Token", "SEGMENT_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "segment-public-api-token",
            "Segment",
            "Segment Public API token",
            Patterns.Token("sgp_[A-Za-z0-9]{64}", Patterns.Base62),
            new[] { "sgp_" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
