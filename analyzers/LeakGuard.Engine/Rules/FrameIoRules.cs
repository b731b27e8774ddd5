using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FrameIoRules
{
    private static readonly Remediation Remediation = new("https://developer.frame.io/app/tokens", "FrameIo:Token", "FRAMEIO_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "frameio-token",
            "Frame.io",
            "Frame.io developer token",
            Patterns.Token("fio-u-[A-Za-z0-9_=-]{64}"),
            new[] { "fio-u-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
