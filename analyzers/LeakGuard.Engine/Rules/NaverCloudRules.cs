using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NaverCloudRules
{
    private static readonly Remediation Remediation = new("https://www.ncloud.com/mypage/manage/authkey", "NaverCloud:SecretKey", "NCLOUD_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // The secret of an IAM access key; the access key id (ncp_iam_BPA…) is an identifier.
        new SecretRule(
            "naver-cloud-secret-key",
            "Naver Cloud",
            "Naver Cloud Platform IAM secret key (ncp_iam_BPK)",
            Patterns.Token("ncp_iam_BPK[A-Za-z0-9]{25,40}", Patterns.Base62),
            new[] { "ncp_iam_BPK" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
