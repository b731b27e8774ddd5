using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BaiduQianfanRules
{
    private static readonly Remediation Remediation = new("https://console.bce.baidu.com/iam/#/iam/apikey/list", "Qianfan:ApiKey", "QIANFAN_API_KEY");

    // A Qianfan (Baidu AI Cloud) API key: "bce-v3/ALTAK-", 21 letters and digits, '/' and 40 hex digits. It calls
    // the models and services of the account, billed to it.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "baidu-qianfan-api-key",
            "Baidu AI Cloud",
            "Baidu Qianfan (BCE v3) API key",
            Patterns.Token("bce-v3/ALTAK-[A-Za-z0-9]{21}/[a-f0-9]{40}", Patterns.Base64 + "_-"),
            new[] { "bce-v3/ALTAK-" },
            Remediation)
        {
            MinEntropy = 3.5,
        },
    };
}
