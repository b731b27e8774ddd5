using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class WeChatRules
{
    private static readonly Remediation Remediation = new("https://mp.weixin.qq.com/", "WeChat:AppSecret", "WECHAT_APP_SECRET");

    // WeChat's names and API host, the mini-program login call and its wx. API, names that start with "wx_"
    // (WX_APPID), WxJava's Spring settings (wx: miniapp: secret:, wx.mp.secret) and WeChat Pay's merchant id (mch_id),
    // which stand beside the secret in every config of an official account or a mini program. A bare "wx" (an app id's
    // start) turns up by chance in base 64, whatever its case.
    private static readonly string[] Context = { "weixin", "wechat", "jscode2session", "wx.", "wx_", "wx:", "mch_id", "mchid" };

    // A WeChat official account's or mini program's AppSecret: 32 hex digits, which get the access token of the
    // account's APIs (users, messages, payments' sign-in).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "wechat-app-secret",
            "WeChat",
            "WeChat AppSecret (32 hex digits next to WeChat's name, host or an app id)",
            Patterns.Token("[0-9a-f]{32}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => !Plausibility.IsCompactGuid(value) && Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };
}
