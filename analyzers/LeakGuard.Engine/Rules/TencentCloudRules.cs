using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TencentCloudRules
{
    private static readonly Remediation Remediation = new("https://console.tencentcloud.com/cam/capi", "TencentCloud:SecretKey", "TENCENTCLOUD_SECRET_KEY");

    // The SDKs (COS's cos-js-sdk-v5 and cos-nodejs-sdk-v5, the qcloud mini-program kits) take the key as SecretKey
    // beside its SecretId (AKID…), and that code seldom says Tencent.
    private static readonly string[] TencentSecretKeyContext = { "tencent", "AKID", "SecretId", "qcloud" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "tencent-secret-id",
            "Tencent Cloud",
            "Tencent Cloud SecretId",
            Patterns.Token("AKID[A-Za-z0-9]{32}", Patterns.Base62),
            new[] { "AKID" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
        ContextGatedRule.Create(
            "tencent-secret-key",
            "Tencent Cloud",
            "Tencent Cloud SecretKey (32 characters next to the word Tencent or a SecretId)",
            Patterns.Token("[A-Za-z0-9]{32}"),
            TencentSecretKeyContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
