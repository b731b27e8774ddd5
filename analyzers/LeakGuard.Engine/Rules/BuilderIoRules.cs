using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BuilderIoRules
{
    private static readonly Remediation Remediation = new("https://builder.io/account/space", "BuilderIo:PrivateKey", "BUILDER_PRIVATE_KEY");

    // A private key: "bpk-" and 32 hex digits. It writes and publishes the space's content (the public API key is
    // meant for clients).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "builderio-private-key",
            "Builder.io",
            "Builder.io private key",
            Patterns.Token("bpk-[a-f0-9]{32}"),
            new[] { "bpk-" },
            Remediation)
        {
            MinEntropy = 3,
        },
    };
}
