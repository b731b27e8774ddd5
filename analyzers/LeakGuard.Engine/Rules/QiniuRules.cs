using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class QiniuRules
{
    private static readonly Remediation Remediation = new("https://portal.qiniu.com/developer/user/key", "Qiniu:SecretKey", "QINIU_SECRET_KEY");

    // Qiniu's name, its SDKs' upload hosts and the domains it gives a bucket.
    private static readonly string[] Context = { "qiniu", "qbox.me", "clouddn.com", "qiniucs.com", "qnssl.com" };

    // A Qiniu Kodo account's access key and secret key: 40 characters of URL-safe base 64 each, which sign upload tokens
    // (Auth(ak, sk), Auth.create(ak, sk), qiniu.conf.SECRET_KEY). They look alike and open the account together.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "qiniu-access-key",
            "Qiniu",
            "Qiniu access key or secret key (40 URL-safe characters next to Qiniu's name or hosts)",
            Patterns.Token("[A-Za-z0-9_-]{40}"),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: Plausibility.MixesCasesAndDigits),
    };
}
