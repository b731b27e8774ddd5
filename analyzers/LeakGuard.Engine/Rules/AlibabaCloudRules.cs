using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AlibabaCloudRules
{
    private static readonly Remediation Remediation = new("https://ram.console.aliyun.com/manage/ak", "AlibabaCloud:AccessKeySecret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET");

    // ali-oss and the other SDKs take the secret as accessKeySecret beside its AccessKey ID (LTAI…), with an OSS region
    // ("oss-cn-hangzhou") and seldom the word Aliyun.
    private static readonly string[] AlibabaAccessKeySecretContext = { "alibaba", "aliyun", "LTAI", "ali-oss" };

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "alibaba-access-key-id",
            "Alibaba Cloud",
            "Alibaba Cloud AccessKey ID",
            Patterns.Token("LTAI[A-Za-z0-9]{12,20}", Patterns.Base62),
            new[] { "LTAI" },
            Remediation)
        {
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
        ContextGatedRule.Create(
            "alibaba-access-key-secret",
            "Alibaba Cloud",
            "Alibaba Cloud AccessKey secret (30 characters next to Alibaba, Aliyun or an AccessKey ID)",
            Patterns.Token("[A-Za-z0-9]{30}"),
            AlibabaAccessKeySecretContext,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
