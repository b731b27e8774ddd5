using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BackblazeRules
{
    private static readonly Remediation Remediation = new("https://secure.backblaze.com/app_keys.htm", "Backblaze:ApplicationKey", "B2_APPLICATION_KEY");

    // A B2 application key: "K00", a digit and 27 characters of base 64 (its key id, 25 hex digits, is beside it). It
    // reads, writes and deletes the files of the buckets it may.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "backblaze-application-key",
            "Backblaze",
            "Backblaze B2 application key",
            Patterns.Token("K00[0-9][A-Za-z0-9+/]{27}", Patterns.Base64),
            new[] { "K00" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
