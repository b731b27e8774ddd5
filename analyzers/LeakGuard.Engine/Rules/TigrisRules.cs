using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TigrisRules
{
    private static readonly Remediation Remediation = new("https://console.storage.dev", "Tigris:SecretAccessKey", "AWS_SECRET_ACCESS_KEY");

    // A secret access key of Tigris' S3-compatible storage: "tsec_" and 48 or more characters (the access key id,
    // "tid_", is public). It reads and writes the buckets it may.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "tigris-secret-access-key",
            "Tigris",
            "Tigris secret access key",
            Patterns.Token("tsec_[A-Za-z0-9_-]{48,128}"),
            new[] { "tsec_" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => !Plausibility.IsMostlyWords(value.Substring("tsec_".Length)),
        },
    };
}
