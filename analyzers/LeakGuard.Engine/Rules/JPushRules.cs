using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class JPushRules
{
    private static readonly Remediation Remediation = new("https://www.jiguang.cn/accounts/login/form", "JPush:MasterSecret", "JPUSH_MASTER_SECRET");

    private static readonly string[] Context = { "jpush", "jiguang", "masterSecret", "master_secret" };

    // A JPush (Jiguang) app's master secret: 24 hex digits, which with the app key sends pushes to all of the app's
    // users (new JPushClient(masterSecret, appKey), \JPush\Client, jpush.JPush(app_key, master_secret)). The app key
    // has the same shape and ships inside the app.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "jpush-master-secret",
            "JPush",
            "JPush master secret (24 hex digits next to JPush's name or a master secret's)",
            Patterns.Token("[0-9a-f]{24}", Patterns.Base62),
            Context,
            Remediation,
            minEntropy: 3,
            isPlausible: value => Plausibility.MixesLettersAndDigits(value, digits: 2),
            publicNames: new[] { "appKey", "app_key", "appkey" }),
    };
}
