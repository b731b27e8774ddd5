using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AgeRules
{
    private static readonly Remediation Remediation = new("https://github.com/FiloSottile/age#readme", "Age:SecretKey", "AGE_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "age-secret-key",
            "age",
            "age encryption secret key",
            // X25519 identities, and since age 1.3 the post-quantum hybrid ones ("AGE-SECRET-KEY-PQ-1"): both a 32-byte seed in Bech32.
            Patterns.Token("AGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}"),
            new[] { "AGE-SECRET-KEY-" },
            Remediation)
        {
            MinEntropy = 3.5,
            MadeLocally = true,
        },
    };
}
