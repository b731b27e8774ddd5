using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class GoogleCloudStorageRules
{
    private static readonly Remediation Remediation = new("https://console.cloud.google.com/storage/settings;tab=interoperability", "GoogleCloudStorage:HmacSecret", "GCS_HMAC_SECRET");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // An HMAC key of Cloud Storage's XML (S3-compatible) API: the access id (GOOG and 20 characters for a user's key,
        // GOOG1 and 56 for a service account's) and, a line or a property away, its secret of 40 characters. The id
        // alone is an identifier; the pair reads and writes every bucket its account may, and is reported once.
        new SecretRule(
            "gcs-hmac-key-pair",
            "Google Cloud",
            "Google Cloud Storage HMAC key (access id and secret together)",
            "(?:^|[^A-Za-z0-9])(?<secret>GOOG[A-Z0-9]{16}(?:[A-Z0-9]{4}(?:[A-Z0-9]{37})?)?" + Pairs.Between(Patterns.Base64) + "[A-Za-z0-9+/]{40})(?:$|[^A-Za-z0-9+/])",
            new[] { "GOOG" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = pair => Plausibility.MixesCasesAndDigits(pair.Substring(pair.Length - 40)),
        },
    };
}
