using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BaiduMapsRules
{
    private const string Key = "[A-Za-z0-9]{32}";

    private static readonly Remediation Remediation = new("https://lbsyun.baidu.com/apiconsole/key", "BaiduMaps:Ak", "BAIDU_MAP_AK");

    // A Baidu Maps Web service key (ak): 32 letters and digits on its API's URL.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "baidu-maps-ak",
            "Baidu Maps",
            "Baidu Maps API key (32 letters and digits)",
            Patterns.QueryParameter("api\\.map\\.baidu\\.com/", "ak", Key),
            new[] { "api.map.baidu.com" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
