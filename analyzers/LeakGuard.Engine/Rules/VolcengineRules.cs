using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class VolcengineRules
{
    private static readonly Remediation Remediation = new("https://console.volcengine.com/iam/keymanage/", "Volcengine:SecretAccessKey", "VOLC_SECRETKEY");

    // Volcengine's (ByteDance's cloud: Doubao, Ark, TOS) access key id is "AKLT" and base 64 of 32 hex digits; its
    // secret, a line or an argument later, is base 64 of base 64 of 32 hex digits (60 characters), or on older accounts
    // 64 letters and digits.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "volcengine-access-key-pair",
            "Volcengine",
            "Volcengine access key id and its secret access key together",
            "(?:^|[^A-Za-z0-9])AKLT[A-Za-z0-9]{43}" + Pairs.Between(Patterns.Base64) + "(?<secret>[A-Za-z0-9+/]{58}==|[A-Za-z0-9]{64})(?:$|[^A-Za-z0-9+/=])",
            new[] { "AKLT" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = IsSecretAccessKey,
        },
    };

    private static bool IsSecretAccessKey(string secret) =>
        secret.Length == 64
            ? Plausibility.MixesCasesAndDigits(secret)
            : UnpaddedBase64.Decode(secret) is { } inner && UnpaddedBase64.Decode(inner) is { Length: 32 } hex && Plausibility.IsLowerHex(hex);
}
