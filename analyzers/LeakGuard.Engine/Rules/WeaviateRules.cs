using System;
using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WeaviateRules
{
    private static readonly Remediation Remediation = new("https://console.weaviate.cloud/", "Weaviate:ApiKey", "WEAVIATE_API_KEY");

    // A Weaviate Cloud API key: 88 characters of base 64 that decode to a 16-character key id, '_', the 32-byte secret in
    // base 64 and "_v200", so every key ends "PV92MjAw" (the base 64 of "=_v200"); the decoded layout is checked. It
    // reads and writes the cluster's collections.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "weaviate-api-key",
            "Weaviate",
            "Weaviate Cloud API key (88 characters of base 64 ending PV92MjAw)",
            Patterns.Token("[A-Za-z0-9+/]{80}PV92MjAw", Patterns.Base64),
            new[] { "PV92MjAw" },
            Remediation)
        {
            MinEntropy = 4,
            Validator = HoldsAnIdAndASecret,
        },
    };

    private static bool HoldsAnIdAndASecret(string key)
    {
        var decoded = UnpaddedBase64.Decode(key);
        return decoded is { Length: 66 }
            && decoded[16] == '_'
            && decoded.EndsWith("=_v200", StringComparison.Ordinal)
            && UnpaddedBase64.Decode(decoded.Substring(17, 44)) is not null;
    }
}
